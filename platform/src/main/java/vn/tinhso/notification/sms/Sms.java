package vn.tinhso.notification.sms;

/**
 * One text message for the gateway.
 *
 * @param to             mobile number in international form ({@code +84…})
 * @param text           the text, Vietnamese with diacritics (the gateway chooses the encoding)
 * @param idempotencyKey the same on every attempt for the same message; the gateway must not deliver a second
 *                       message for a key it has already accepted
 */
public record Sms(String to, String text, String idempotencyKey) {
}
