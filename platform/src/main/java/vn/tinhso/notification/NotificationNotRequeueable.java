package vn.tinhso.notification;

import vn.tinhso.shared.Conflict;

/** Only a FAILED or DEAD notification may be re-queued: a queued one is already waiting, a sent one is done. */
public class NotificationNotRequeueable extends Conflict {

    public NotificationNotRequeueable(long id, NotificationStatus status) {
        super("notification-not-requeueable", id, status);
    }
}
