/**
 * An online payment gateway (cổng thanh toán trực tuyến) as the national public-service portal's payment platform
 * and banks offer it: signed payment orders, a redirect page where the payer pays or cancels, a signed server-to-server
 * callback, a signed return redirect, and a daily reconciliation file (file đối soát) in CSV.
 */
package vn.tinhso.simulators.payment;
