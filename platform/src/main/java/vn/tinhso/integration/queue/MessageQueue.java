package vn.tinhso.integration.queue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code integration_message} table; every time in it is the database's clock. */
@Repository
class MessageQueue {

    private static final String VIEW = """
            id, status, attempts, response_status, delivered_at, consumer_key, service_code, service_version, method,
            path, correlation_id, dossier_code, last_error, created_at""";

    private final JdbcClient jdbc;

    MessageQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the message unless the consumer used its idempotency key before; answers the stored one. */
    QueuedMessage add(NewMessage m) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                insert into integration_message (id, consumer_key, idempotency_key, service_code, service_version,
                    method, path, content_type, body, correlation_id, dossier_code)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (consumer_key, idempotency_key) do nothing""")
                .params(id, m.consumerKey(), m.idempotencyKey(), m.serviceCode(), m.serviceVersion(), m.method(),
                        m.path(), m.contentType(), m.body(), m.correlationId(), m.dossierCode())
                .update();
        if (inserted == 1) {
            return find(id).orElseThrow();
        }
        return jdbc.sql("select " + VIEW + " from integration_message where consumer_key = ? and idempotency_key = ?")
                .params(m.consumerKey(), m.idempotencyKey()).query(MessageQueue::view).single();
    }

    Optional<QueuedMessage> find(UUID id) {
        return jdbc.sql("select " + VIEW + " from integration_message where id = ?").param(id)
                .query(MessageQueue::view).optional();
    }

    List<QueuedMessage> find(String status, String serviceCode, int limit) {
        return jdbc.sql("select " + VIEW + """
                 from integration_message
                where (cast(:status as text) is null or status = :status)
                  and (cast(:service as text) is null or service_code = :service)
                order by created_at desc limit :limit""")
                .param("status", status).param("service", serviceCode).param("limit", limit)
                .query(MessageQueue::view).list();
    }

    /** Claims the most overdue message: queued and due, or DELIVERING with an expired lease. */
    Optional<Claimed> claimNext(Duration lease) {
        return jdbc.sql("""
                update integration_message m
                   set status = 'DELIVERING', attempts = m.attempts + 1,
                       next_attempt_at = now() + :lease * interval '1 millisecond'
                 where m.id = (select id from integration_message
                                where status in ('QUEUED', 'DELIVERING') and next_attempt_at <= now()
                                order by next_attempt_at limit 1
                                for update skip locked)
                returning m.id, m.consumer_key, m.service_code, m.service_version, m.method, m.path, m.content_type,
                          m.body, m.correlation_id, m.dossier_code, m.attempts""")
                .param("lease", lease.toMillis())
                .query((rs, n) -> new Claimed(rs.getObject("id", UUID.class), rs.getString("consumer_key"),
                        rs.getString("service_code"), rs.getString("service_version"), rs.getString("method"),
                        rs.getString("path"), rs.getString("content_type"), rs.getBytes("body"),
                        rs.getString("correlation_id"), rs.getString("dossier_code"), rs.getInt("attempts")))
                .optional();
    }

    void delivered(UUID id, int responseStatus) {
        jdbc.sql("""
                update integration_message set status = 'DELIVERED', response_status = ?, delivered_at = now(),
                    last_error = null
                 where id = ? and status = 'DELIVERING'""").params(responseStatus, id).update();
    }

    void retryAfter(UUID id, String error, Integer responseStatus, Duration wait) {
        jdbc.sql("""
                update integration_message set status = 'QUEUED', last_error = ?, response_status = ?,
                    next_attempt_at = now() + ? * interval '1 millisecond'
                 where id = ? and status = 'DELIVERING'""")
                .params(shorten(error), responseStatus, wait.toMillis(), id).update();
    }

    void dead(UUID id, String error, Integer responseStatus) {
        jdbc.sql("update integration_message set status = 'DEAD', last_error = ?, response_status = ? "
                        + "where id = ? and status = 'DELIVERING'")
                .params(shorten(error), responseStatus, id).update();
    }

    boolean replay(UUID id) {
        return jdbc.sql("""
                update integration_message set status = 'QUEUED', attempts = 0, next_attempt_at = now()
                 where id = ? and status = 'DEAD'""").param(id).update() == 1;
    }

    private static QueuedMessage view(ResultSet rs, int n) throws SQLException {
        Timestamp delivered = rs.getTimestamp("delivered_at");
        Integer responseStatus = rs.getObject("response_status", Integer.class);
        return new QueuedMessage(rs.getString("id"), rs.getString("status"), rs.getInt("attempts"), responseStatus, delivered == null ? null : delivered.toInstant(),
                rs.getString("consumer_key"), rs.getString("service_code"), rs.getString("service_version"),
                rs.getString("method"), rs.getString("path"), rs.getString("correlation_id"),
                rs.getString("dossier_code"), rs.getString("last_error"), rs.getTimestamp("created_at").toInstant());
    }

    private static String shorten(String error) {
        return error == null || error.length() <= 2000 ? error : error.substring(0, 2000);
    }

    /** A message claimed for one delivery attempt. */
    record Claimed(UUID id, String consumerKey, String serviceCode, String serviceVersion, String method,
            String path, String contentType, byte[] body, String correlationId, String dossierCode, int attempt) {
    }
}
