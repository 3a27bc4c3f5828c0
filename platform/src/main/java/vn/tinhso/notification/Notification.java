package vn.tinhso.notification;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * One message to one citizen, as the calling module asks for it.
 *
 * @param idempotencyKey names the message for ever, e.g. {@code <mã hồ sơ>:<event>:<channel>}; enqueueing the same
 *                       key again stores nothing new, and the key travels to the provider so it can drop repeats
 * @param channel        e-mail or SMS
 * @param recipient      e-mail address, or Vietnamese mobile number ({@code 0xxxxxxxxx}, {@code +84xxxxxxxxx}),
 *                       stored normalised ({@code +84…})
 * @param subject        e-mail subject (tiêu đề); required for e-mail, ignored for SMS
 * @param body           the text; plain text, Vietnamese with full diacritics
 * @param dossierCode    the dossier (mã hồ sơ) it is about, for operators' searches; may be {@code null}
 * @param notBefore      not to be sent before this instant (e.g. a reminder); {@code null} for now
 */
public record Notification(String idempotencyKey, Channel channel, String recipient, String subject, String body,
        String dossierCode, Instant notBefore) {

    /** Printable ASCII without spaces: the key is sent as an HTTP header and inside a Message-ID. */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7E]{1,200}");

    public Notification {
        if (idempotencyKey == null || !KEY.matcher(idempotencyKey).matches()) {
            throw new NotificationIncomplete("idempotencyKey");
        }
        if (channel == null) {
            throw new NotificationIncomplete("channel");
        }
        if (body == null || body.isBlank()) {
            throw new NotificationIncomplete("body");
        }
        if (channel == Channel.EMAIL && (subject == null || subject.isBlank())) {
            throw new NotificationIncomplete("subject");
        }
        recipient = channel.normalise(recipient);
        subject = channel == Channel.SMS ? null : subject;
    }

    /** An e-mail to be sent now. */
    public static Notification email(String idempotencyKey, String address, String subject, String body,
            String dossierCode) {
        return new Notification(idempotencyKey, Channel.EMAIL, address, subject, body, dossierCode, null);
    }

    /** An SMS to be sent now. */
    public static Notification sms(String idempotencyKey, String mobileNumber, String text, String dossierCode) {
        return new Notification(idempotencyKey, Channel.SMS, mobileNumber, null, text, dossierCode, null);
    }
}
