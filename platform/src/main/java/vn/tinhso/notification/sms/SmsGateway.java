package vn.tinhso.notification.sms;

import vn.tinhso.notification.outbox.Delivery;

/**
 * A way to the mobile networks (nhà mạng). The platform ships an HTTP JSON gateway ({@link HttpSmsGateway}); a
 * province with another provider declares its own bean of this type and the HTTP one steps aside.
 *
 * <p>Contract: the gateway honours {@link Sms#idempotencyKey()} — a repeat after a crash is answered as a success
 * without a second message. {@code send} never throws; it answers {@link Delivery.Sent} with the gateway's message
 * id, {@link Delivery.Retryable} for passing trouble (5xx, timeouts), {@link Delivery.Rejected} for a message the
 * gateway will never take (4xx), {@link Delivery.Unavailable} when the gateway cannot be reached at all.
 */
public interface SmsGateway {

    /** Whether the gateway is configured; while it is not, SMS stay queued. */
    boolean enabled();

    Delivery send(Sms sms);
}
