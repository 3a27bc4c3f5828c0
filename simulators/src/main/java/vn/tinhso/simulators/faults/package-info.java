/**
 * Failure injection (giả lập sự cố): make a simulated service slow, down, or fail its next calls, by an admin call or
 * a request header, so the gateway's retry, time-out and circuit-breaker paths can be tested and shown.
 */
package vn.tinhso.simulators.faults;
