package vn.tinhso.notification.outbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.Notification;
import vn.tinhso.notification.NotificationStatus;

/**
 * The outbox table. Every time in it is the database's clock ({@code now()}), so nodes with drifting clocks agree
 * on when a message is due and when a lease has expired.
 */
@Repository
class Outbox {

    private static final String VIEW_COLUMNS = """
            id, idempotency_key, channel, recipient, subject, dossier_code, status, attempts, next_attempt_at,
            provider_id, last_error, created_at, sent_at""";
    private static final int MAX_ERROR_LENGTH = 2000;

    private final JdbcClient jdbc;

    Outbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message unless its key is known; either way answers the id stored under the key. */
    long add(Notification notification, String correlationId) {
        // One statement when the notice is new (the usual case), a second read only for a repeated key.
        return jdbc.sql("""
                insert into notification_outbox (idempotency_key, channel, recipient, subject, body, dossier_code,
                    next_attempt_at, created_at, correlation_id)
                values (:key, :channel, :recipient, :subject, :body, :dossierCode,
                    greatest(now(), coalesce(cast(:notBefore as timestamptz), now())), now(), :correlationId)
                on conflict (idempotency_key) do nothing
                returning id""")
                .param("key", notification.idempotencyKey())
                .param("channel", notification.channel().name())
                .param("recipient", notification.recipient())
                .param("subject", notification.subject())
                .param("body", notification.body())
                .param("dossierCode", notification.dossierCode())
                .param("notBefore", timestamp(notification.notBefore()))
                .param("correlationId", correlationId)
                .query(Long.class).optional()
                .orElseGet(() -> jdbc.sql("select id from notification_outbox where idempotency_key = :key")
                        .param("key", notification.idempotencyKey()).query(Long.class).single());
    }

    /**
     * Claims the most overdue message of the given channels — queued and due, or SENDING with an expired lease —
     * in one short statement. {@code skip locked} lets other dispatchers claim other rows meanwhile.
     */
    Optional<OutgoingMessage> claimNext(Collection<Channel> channels, Duration lease) {
        return jdbc.sql("""
                update notification_outbox o
                   set status = 'SENDING', attempts = o.attempts + 1,
                       next_attempt_at = now() + :leaseMillis * interval '1 millisecond'
                 where o.id = (select id from notification_outbox
                                where status in ('QUEUED', 'SENDING') and next_attempt_at <= now()
                                  and channel in (:channels)
                                order by next_attempt_at
                                limit 1
                                for update skip locked)
                returning o.id, o.idempotency_key, o.channel, o.recipient, o.subject, o.body, o.attempts""")
                .param("leaseMillis", lease.toMillis())
                .param("channels", channels.stream().map(Channel::name).toList())
                .query(Outbox::outgoing).optional();
    }

    void markSent(long id, String providerId) {
        jdbc.sql("""
                update notification_outbox set status = 'SENT', provider_id = :providerId, sent_at = now(),
                    last_error = null
                 where id = :id and status = 'SENDING'""")
                .param("id", id).param("providerId", providerId).update();
    }

    /** Back to the queue after a failed attempt, not before {@code wait} has passed. */
    void retryAfter(long id, String error, Duration wait) {
        jdbc.sql("""
                update notification_outbox set status = 'QUEUED', last_error = :error,
                    next_attempt_at = now() + :waitMillis * interval '1 millisecond'
                 where id = :id and status = 'SENDING'""")
                .param("id", id).param("error", shorten(error)).param("waitMillis", wait.toMillis()).update();
    }

    /** Back to the queue without counting the attempt: the provider was unreachable, the message not at fault. */
    void pauseAfterOutage(long id, String error, Duration wait) {
        jdbc.sql("""
                update notification_outbox set status = 'QUEUED', last_error = :error,
                    attempts = greatest(attempts - 1, 0),
                    next_attempt_at = now() + :waitMillis * interval '1 millisecond'
                 where id = :id and status = 'SENDING'""")
                .param("id", id).param("error", shorten(error)).param("waitMillis", wait.toMillis()).update();
    }

    /** Gives up: FAILED (refused by the provider) or DEAD (out of attempts). */
    void giveUp(long id, NotificationStatus status, String error) {
        jdbc.sql("update notification_outbox set status = :status, last_error = :error "
                        + "where id = :id and status = 'SENDING'")
                .param("id", id).param("status", status.name()).param("error", shorten(error)).update();
    }

    /** Puts a FAILED or DEAD message back in the queue with a fresh set of attempts. */
    boolean requeue(long id) {
        return jdbc.sql("""
                update notification_outbox set status = 'QUEUED', attempts = 0, next_attempt_at = now()
                 where id = :id and status in ('FAILED', 'DEAD')""")
                .param("id", id).update() == 1;
    }

    Optional<NotificationView> find(long id) {
        return jdbc.sql("select " + VIEW_COLUMNS + " from notification_outbox where id = :id")
                .param("id", id).query(Outbox::view).optional();
    }

    /** Newest first; {@code null} filters match everything. */
    List<NotificationView> find(NotificationStatus status, String dossierCode, int limit) {
        return jdbc.sql("select " + VIEW_COLUMNS + """
                 from notification_outbox
                where (cast(:status as text) is null or status = :status)
                  and (cast(:dossierCode as text) is null or dossier_code = :dossierCode)
                order by created_at desc, id desc
                limit :limit""")
                .param("status", status == null ? null : status.name())
                .param("dossierCode", dossierCode)
                .param("limit", limit)
                .query(Outbox::view).list();
    }

    private static OutgoingMessage outgoing(ResultSet rs, int row) throws SQLException {
        return new OutgoingMessage(rs.getLong("id"), rs.getString("idempotency_key"),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("body"), rs.getInt("attempts"));
    }

    private static NotificationView view(ResultSet rs, int row) throws SQLException {
        return new NotificationView(rs.getLong("id"), rs.getString("idempotency_key"),
                Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
                rs.getString("dossier_code"), NotificationStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("provider_id"),
                rs.getString("last_error"), instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static String shorten(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
