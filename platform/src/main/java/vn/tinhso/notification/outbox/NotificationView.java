package vn.tinhso.notification.outbox;

import java.time.Instant;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.NotificationStatus;

/**
 * One outbox row as operators see it. The body is left out: operators need to know what happened to a message,
 * not to read citizens' mail.
 *
 * @param nextAttemptAt for QUEUED, not before this; for SENDING, the lease expiry
 */
public record NotificationView(long id, String idempotencyKey, Channel channel, String recipient, String subject,
        String dossierCode, NotificationStatus status, int attempts, Instant nextAttemptAt, String providerId,
        String lastError, Instant createdAt, Instant sentAt) {
}
