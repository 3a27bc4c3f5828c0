package vn.tinhso.notification;

import vn.tinhso.shared.NotFound;

/** No notification with this id in the outbox. */
public class NotificationNotFound extends NotFound {

    public NotificationNotFound(long id) {
        super("notification-not-found", id);
    }
}
