/**
 * The simulators' control panel for tests and demos (điều khiển trình mô phỏng): failure injection — a service slow,
 * down, or failing its next calls, by an admin call or a request header — the log of calls that reached the services
 * (to prove exactly-once delivery), early token expiry, and sample records.
 */
package vn.tinhso.simulators.admin;
