package vn.tinhso.notification.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.notification.Notification;
import vn.tinhso.notification.Notifications;
import vn.tinhso.shared.Correlation;

/** {@link Notifications} as a row of the outbox. */
@Service
class OutboxNotifications implements Notifications {

    private static final Logger log = LoggerFactory.getLogger(OutboxNotifications.class);

    private final Outbox outbox;

    OutboxNotifications(Outbox outbox) {
        this.outbox = outbox;
    }

    /**
     * MANDATORY rather than REQUIRED: outside a transaction the row would commit on its own, and a business change
     * rolled back afterwards would leave a citizen told of something that never happened. Failing loudly at the
     * first test is better than that silent lie.
     */
    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public long enqueue(Notification notification) {
        long id = outbox.add(notification, Correlation.currentId());
        log.debug("Notification {} queued as {} ({})", notification.idempotencyKey(), id, notification.channel());
        return id;
    }
}
