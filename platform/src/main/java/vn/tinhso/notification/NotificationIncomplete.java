package vn.tinhso.notification;

import vn.tinhso.shared.InvalidInput;

/** A notification lacks something it cannot be sent without, or carries a malformed idempotency key. */
public class NotificationIncomplete extends InvalidInput {

    public NotificationIncomplete(String field) {
        super("notification-incomplete", field);
    }
}
