/**
 * Simulators of the national systems a province connects to (mô phỏng hệ thống quốc gia): the national platform
 * NGSP/NDXP with its token contract, national databases, VNPost and an online payment gateway, with generated
 * Vietnamese data and failure injection, for tests and the demo.
 */
package vn.tinhso.simulators;
