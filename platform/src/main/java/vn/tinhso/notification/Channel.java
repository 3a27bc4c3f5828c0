package vn.tinhso.notification;

/** How a notification (thông báo) reaches the citizen. */
public enum Channel {

    /** E-mail (thư điện tử) over SMTP. */
    EMAIL,

    /** Text message (tin nhắn SMS) through the province's SMS gateway. */
    SMS;

    /** The recipient in its one stored form; refuses what cannot be delivered on this channel. */
    String normalise(String recipient) {
        return switch (this) {
            case EMAIL -> Recipients.emailAddress(recipient);
            case SMS -> Recipients.mobileNumber(recipient);
        };
    }
}
