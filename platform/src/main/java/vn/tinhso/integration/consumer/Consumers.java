package vn.tinhso.integration.consumer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Consumers and their subscriptions. */
@Repository
class Consumers {

    private final JdbcClient jdbc;

    Consumers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(String key, NewConsumer consumer, String secretHash) {
        jdbc.sql("insert into integration_consumer (consumer_key, name, agency_code, contact, secret_hash) "
                        + "values (?, ?, ?, ?, ?)")
                .params(key, consumer.name(), consumer.agencyCode(), consumer.contact(), secretHash).update();
    }

    Optional<Consumer> find(String key) {
        return jdbc.sql("select * from integration_consumer where consumer_key = ?").param(key)
                .query(Consumers::consumer).optional();
    }

    List<Consumer> all() {
        return jdbc.sql("select * from integration_consumer order by created_at, consumer_key")
                .query(Consumers::consumer).list();
    }

    Optional<String> secretHash(String key) {
        return jdbc.sql("select secret_hash from integration_consumer where consumer_key = ? and status = 'ACTIVE'")
                .param(key).query(String.class).optional();
    }

    void rotate(String key, String secretHash) {
        jdbc.sql("update integration_consumer set secret_hash = ?, generation = generation + 1, updated_at = now() "
                + "where consumer_key = ?").params(secretHash, key).update();
    }

    void revoke(String key) {
        jdbc.sql("update integration_consumer set status = 'REVOKED', generation = generation + 1, "
                + "updated_at = now() where consumer_key = ?").param(key).update();
    }

    long subscribe(String key, String serviceCode, int perMinute, int perDay) {
        return jdbc.sql("insert into integration_subscription (consumer_key, service_code, requests_per_minute, "
                        + "daily_quota) values (?, ?, ?, ?) returning id")
                .params(key, serviceCode, perMinute, perDay).query(Long.class).single();
    }

    Optional<Subscription> subscription(long id) {
        return jdbc.sql("select * from integration_subscription where id = ?").param(id)
                .query(Consumers::subscription).optional();
    }

    boolean subscribed(String key, String serviceCode) {
        return jdbc.sql("select count(*) from integration_subscription where consumer_key = ? and service_code = ?")
                .params(key, serviceCode).query(Long.class).single() > 0;
    }

    /** {@code null} filters match everything. */
    List<Subscription> subscriptions(String key, SubscriptionStatus status) {
        return jdbc.sql("""
                select * from integration_subscription
                 where (cast(:key as text) is null or consumer_key = :key)
                   and (cast(:status as text) is null or status = :status)
                 order by id""")
                .param("key", key).param("status", status == null ? null : status.name())
                .query(Consumers::subscription).list();
    }

    void decide(long id, SubscriptionStatus status, String decidedBy) {
        jdbc.sql("update integration_subscription set status = ?, decided_by = ?, updated_at = now() where id = ?")
                .params(status.name(), decidedBy, id).update();
    }

    /** Everything the gateway needs to check a call, in two reads. */
    ConsumerDirectory.Snapshot snapshot() {
        var builder = new ConsumerDirectory.SnapshotBuilder();
        jdbc.sql("select consumer_key, generation, status from integration_consumer")
                .query(rs -> {
                    builder.consumer(rs.getString(1), rs.getInt(2), "ACTIVE".equals(rs.getString(3)));
                });
        jdbc.sql("select consumer_key, service_code, requests_per_minute, daily_quota from integration_subscription "
                        + "where status = 'APPROVED'")
                .query(rs -> {
                    builder.subscription(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4));
                });
        return builder.build();
    }

    private static Consumer consumer(ResultSet rs, int row) throws SQLException {
        return new Consumer(rs.getString("consumer_key"), rs.getString("name"), rs.getString("agency_code"),
                rs.getString("contact"), rs.getInt("generation"), ConsumerStatus.valueOf(rs.getString("status")),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(rs.getLong("id"), rs.getString("consumer_key"), rs.getString("service_code"),
                SubscriptionStatus.valueOf(rs.getString("status")), rs.getInt("requests_per_minute"),
                rs.getInt("daily_quota"), rs.getString("decided_by"));
    }
}
