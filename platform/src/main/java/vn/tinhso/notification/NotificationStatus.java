package vn.tinhso.notification;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {

    /** Waiting for its turn (chờ gửi): new, or to be retried after a failure. */
    QUEUED,

    /** Claimed by a dispatcher and being handed to the provider; the lease says until when. */
    SENDING,

    /** Accepted by the mail server or the SMS gateway (đã gửi). */
    SENT,

    /** Refused for good by the provider (e.g. a number that does not exist); an operator may re-queue it. */
    FAILED,

    /** Still failing after the last allowed attempt; an operator may re-queue it. */
    DEAD
}
