package vn.tinhso.audit.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.audit.ChainVerification;
import vn.tinhso.shared.Actor;
import vn.tinhso.shared.Correlation;

/** The audit log in PostgreSQL, chained through the single-row {@code audit_chain_head}. */
@Component
public class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, DataSource dataSource, JsonMapper json) {
        this.jdbc = jdbc;
        // Its own template: verification streams the whole log in pages instead of loading it.
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.json = json;
        this.clock = Clock.systemUTC();
    }

    /**
     * Captures the entry now and chains it just before the transaction commits. The chain head's row lock is then
     * held only for the last moment of each transaction instead of from the first audited change to its commit —
     * which serialised every intake behind the slowest — and an entry still commits or rolls back with its change.
     */
    @Override
    @Transactional
    public void record(String action, String objectType, String objectId, Object before, Object after) {
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        Pending entry = new Pending(clock.instant().truncatedTo(ChronoUnit.MICROS), Actor.current(), action,
                objectType, objectId, toJson(before), toJson(after), Correlation.currentId());
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(List.of(entry));
            return;
        }
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> entries = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, entries);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    write(entries);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(JdbcAuditLog.this);
                }
            });
            pending = entries;
        }
        pending.add(entry);
    }

    private void write(List<Pending> entries) {
        if (entries.isEmpty()) {
            return;
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1 for update")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (Pending e : entries) {
            seq++;
            String hash = AuditRow.hashOf(seq, e.at(), e.actor(), e.action(), e.objectType(), e.objectId(),
                    e.before(), e.after(), e.correlationId(), previous);
            jdbc.sql("""
                    insert into audit_log (seq, occurred_at, actor, action, object_type, object_id, before_state,
                                           after_state, correlation_id, prev_hash, hash)
                    values (?, ?, ?, ?, ?, ?, ?::json, ?::json, ?, ?, ?)""")
                    .params(seq, Timestamp.from(e.at()), e.actor(), e.action(), e.objectType(), e.objectId(),
                            e.before(), e.after(), e.correlationId(), previous, hash)
                    .update();
            previous = hash;
        }
        jdbc.sql("update audit_chain_head set last_seq = ?, last_hash = ? where id = 1").params(seq, previous)
                .update();
        entries.clear();
    }

    /** An entry captured when the change was made, chained at commit. */
    private record Pending(Instant at, String actor, String action, String objectType, String objectId,
            String before, String after, String correlationId) {
    }

    /** Reads the chain in order and stops at the first row that does not hold. */
    @Transactional(readOnly = true)
    public ChainVerification verify() {
        Verifier verifier = new Verifier();
        streaming.query("select * from audit_log order by seq", verifier);
        if (verifier.result != null) {
            return verifier.result;
        }
        Head head = jdbc.sql("select last_seq, last_hash from audit_chain_head where id = 1")
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).single();
        if (head.lastSeq() != verifier.expectedSeq - 1) {
            // Rows at the end of the chain were removed.
            return ChainVerification.broken(verifier.checked, verifier.expectedSeq, "row-missing");
        }
        if (!head.lastHash().equals(verifier.previousHash)) {
            // The last row was rewritten together with its hash.
            return ChainVerification.broken(verifier.checked, head.lastSeq(), "chain-broken");
        }
        return ChainVerification.ok(verifier.checked);
    }

    /** Rows about one object, newest first. */
    public List<AuditRow> forObject(String objectType, String objectId, int limit) {
        return jdbc.sql("select * from audit_log where object_type = ? and object_id = ? order by seq desc limit ?")
                .params(objectType, objectId, limit).query(JdbcAuditLog::row).list();
    }

    /** Rows written under one correlation id, in order. */
    public List<AuditRow> forCorrelation(String correlationId, int limit) {
        return jdbc.sql("select * from audit_log where correlation_id = ? order by seq limit ?")
                .params(correlationId, limit).query(JdbcAuditLog::row).list();
    }

    private String toJson(Object state) {
        return state == null ? null : json.writeValueAsString(state);
    }

    static AuditRow row(ResultSet rs, int rowNum) throws SQLException {
        return new AuditRow(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
                rs.getString("action"), rs.getString("object_type"), rs.getString("object_id"),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("correlation_id"),
                rs.getString("prev_hash"), rs.getString("hash"));
    }

    private record Head(long lastSeq, String lastHash) {
    }

    private static final class Verifier implements RowCallbackHandler {
        private long expectedSeq = 1;
        private String previousHash = "0".repeat(64);
        private long checked;
        private ChainVerification result;

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            AuditRow row = row(rs, 0);
            if (row.seq() != expectedSeq) {
                result = ChainVerification.broken(checked, expectedSeq, "row-missing");
            } else if (!row.prevHash().equals(previousHash)) {
                result = ChainVerification.broken(checked, row.seq(), "chain-broken");
            } else if (!row.contentMatches()) {
                result = ChainVerification.broken(checked, row.seq(), "content-changed");
            } else {
                checked++;
                expectedSeq++;
                previousHash = row.hash();
            }
        }
    }
}
