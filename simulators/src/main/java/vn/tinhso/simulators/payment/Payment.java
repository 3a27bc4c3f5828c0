package vn.tinhso.simulators.payment;

import java.time.Instant;

/** A payment and its state: PENDING until the payer pays (SUCCESS) or cancels (CANCELLED) on the gateway's page. */
record Payment(String paymentId, String merchantId, String orderId, long amount, String orderInfo,
               String returnUrl, String callbackUrl, String status, String bankCode, String bankTransactionNo,
               Instant createdAt, Instant paidAt) {

    Payment settle(boolean paid, String bankCode, String bankTransactionNo, Instant at) {
        return new Payment(paymentId, merchantId, orderId, amount, orderInfo, returnUrl, callbackUrl,
                paid ? "SUCCESS" : "CANCELLED", bankCode, bankTransactionNo, createdAt, paid ? at : null);
    }
}
