package vn.tinhso.notification;

/**
 * The module's API: other modules hand notifications (thông báo) to it here.
 *
 * <p>Call {@link #enqueue} inside the transaction that makes the business change (receiving a dossier, asking for a
 * supplement): the message is a row of the outbox written in that same transaction, so it exists if and only if the
 * change committed. Delivery happens later, on another thread, with retries.
 */
public interface Notifications {

    /**
     * Puts a notification in the outbox, within the caller's transaction (there must be one).
     *
     * @return the outbox id of the message — of the one stored earlier when the idempotency key was already used,
     *         in which case nothing new is stored and nothing is sent again
     * @throws org.springframework.transaction.IllegalTransactionStateException when called outside a transaction
     */
    long enqueue(Notification notification);
}
