package vn.tinhso.integration.log;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.integration.IntegrationProperties;

/**
 * Reading, sealing, verifying and trimming the message log. A seal signs {@code seq|head hash|time} with the
 * platform key: whoever rewrites rows must also rewrite every later hash, and cannot make a matching signature.
 */
@Service
public class MessageLog {

    private static final Logger log = LoggerFactory.getLogger(MessageLog.class);
    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final SealingKey key;
    private final IntegrationProperties properties;
    private final AuditLog audit;

    MessageLog(JdbcClient jdbc, DataSource dataSource, SealingKey key, IntegrationProperties properties,
            AuditLog audit) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.key = key;
        this.properties = properties;
        this.audit = audit;
    }

    /** Exchanges of one correlation id and/or dossier code, oldest first, at most {@code limit}. */
    @Transactional(readOnly = true)
    public List<LoggedExchange> search(String correlationId, String dossierCode, int limit) {
        return jdbc.sql("""
                select * from integration_exchange
                 where (cast(:correlation as text) is null or correlation_id = :correlation)
                   and (cast(:dossier as text) is null or dossier_code = :dossier)
                 order by seq limit :limit""")
                .param("correlation", correlationId).param("dossier", dossierCode).param("limit", limit)
                .query(MessageLog::row).list();
    }

    /** Signs the current head if rows were added since the last seal; answers the new seal, if any. */
    @Scheduled(fixedDelayString = "${tinhso.integration.log.seal-interval:5m}",
            initialDelayString = "${tinhso.integration.log.seal-interval:5m}")
    @Transactional
    public Optional<Seal> seal() {
        var head = jdbc.sql("select last_seq, last_hash from integration_exchange_head where id = 1 for update")
                .query((rs, n) -> Map.entry(rs.getLong(1), rs.getString(2))).single();
        long lastSealed = jdbc.sql("select coalesce(max(seq), 0) from integration_exchange_seal")
                .query(Long.class).single();
        if (head.getKey() == 0 || head.getKey() <= lastSealed) {
            return Optional.empty();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String signature = key.sign(sealedText(head.getKey(), head.getValue(), now));
        Seal seal = new Seal(head.getKey(), head.getValue(), now, SealingKey.ALGORITHM, key.id(), signature);
        jdbc.sql("insert into integration_exchange_seal (seq, head_hash, sealed_at, algorithm, key_id, signature) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(seal.seq(), seal.headHash(), Timestamp.from(now), seal.algorithm(), seal.keyId(),
                        seal.signature())
                .update();
        return Optional.of(seal);
    }

    /** A seal made on an operator's demand, audited. */
    @Transactional
    public Optional<Seal> sealNow() {
        Optional<Seal> seal = seal();
        seal.ifPresent(s -> audit.record("integration.log.sealed", "MessageLogSeal", String.valueOf(s.seq()), null,
                s));
        return seal;
    }

    /** Walks the chain from its first kept row and checks every hash and every seal; names the first broken row. */
    @Transactional(readOnly = true)
    public LogVerification verify() {
        // The head first: rows committed while the walk runs belong to the next verification, not to this one.
        long headSeq = jdbc.sql("select last_seq from integration_exchange_head where id = 1").query(Long.class)
                .single();
        TreeMap<Long, Seal> seals = new TreeMap<>();
        jdbc.sql("select * from integration_exchange_seal where seq <= ? order by seq").param(headSeq)
                .query(MessageLog::sealRow).list().forEach(s -> seals.put(s.seq(), s));
        Verifier verifier = new Verifier(seals);
        Long first = jdbc.sql("select min(seq) from integration_exchange").query(Long.class).optional()
                .orElse(null);
        if (first != null && first > 1) {
            // Retention removed the rows before a seal: the first kept row continues that seal's hash.
            Seal boundary = seals.get(first - 1);
            if (boundary == null || !valid(boundary)) {
                return verifier.broken(first - 1, "row-missing");
            }
            verifier.expectedSeq = first;
            verifier.previousHash = boundary.headHash();
        }
        streaming.query("select * from integration_exchange where seq <= ? order by seq", verifier, headSeq);
        if (verifier.result != null) {
            return verifier.result;
        }
        if (headSeq != verifier.expectedSeq - 1 || seals.ceilingKey(verifier.expectedSeq) != null) {
            return verifier.broken(verifier.expectedSeq, "row-missing");
        }
        return new LogVerification(true, verifier.checked, verifier.sealsChecked, null, null, verifier.lastSealed);
    }

    /** Removes whole sealed stretches older than the retention period; the boundary seal stays. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @Transactional
    public int applyRetention() {
        Instant cutoff = Instant.now().minus(properties.log().retention());
        Long boundary = jdbc.sql("""
                select max(s.seq) from integration_exchange_seal s join integration_exchange e on e.seq = s.seq
                 where e.occurred_at < ?""").param(Timestamp.from(cutoff)).query(Long.class).optional().orElse(null);
        if (boundary == null) {
            return 0;
        }
        int removed = jdbc.sql("delete from integration_exchange where seq <= ?").param(boundary).update();
        if (removed > 0) {
            log.info("Message log retention removed {} rows up to seal {}", removed, boundary);
            audit.record("integration.log.retention", "MessageLogSeal", String.valueOf(boundary), null,
                    Map.of("removedRows", removed, "cutoff", cutoff.toString()));
        }
        return removed;
    }

    public String publicKey() {
        return key.publicKey();
    }

    public String keyId() {
        return key.id();
    }

    private boolean valid(Seal seal) {
        return key.verify(sealedText(seal.seq(), seal.headHash(), seal.sealedAt()), seal.signature());
    }

    static String sealedText(long seq, String headHash, Instant sealedAt) {
        return seq + "|" + headHash + "|" + sealedAt;
    }

    static LoggedExchange row(ResultSet rs, int n) throws SQLException {
        return new LoggedExchange(rs.getLong("seq"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getString("correlation_id"), rs.getString("dossier_code"), rs.getString("consumer_key"),
                rs.getString("service_code"), rs.getString("service_version"), rs.getString("method"),
                rs.getString("path"), rs.getInt("status"), rs.getString("outcome"), rs.getLong("duration_micros"),
                rs.getLong("request_bytes"), rs.getLong("response_bytes"), rs.getString("request_body"),
                rs.getString("response_body"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    private static Seal sealRow(ResultSet rs, int n) throws SQLException {
        return new Seal(rs.getLong("seq"), rs.getString("head_hash"), rs.getTimestamp("sealed_at").toInstant(),
                rs.getString("algorithm"), rs.getString("key_id"), rs.getString("signature"));
    }

    /** A signature over the chain head at {@code seq}. */
    public record Seal(long seq, String headHash, Instant sealedAt, String algorithm, String keyId,
            String signature) {
    }

    private final class Verifier implements RowCallbackHandler {
        private final TreeMap<Long, Seal> seals;
        private long expectedSeq = 1;
        private String previousHash = GENESIS;
        private long checked;
        private long sealsChecked;
        private Long lastSealed;
        private LogVerification result;

        Verifier(TreeMap<Long, Seal> seals) {
            this.seals = seals;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            if (result != null) {
                return;
            }
            LoggedExchange row = row(rs, 0);
            if (row.seq() != expectedSeq) {
                result = broken(expectedSeq, "row-missing");
            } else if (!row.prevHash().equals(previousHash)) {
                result = broken(row.seq(), "chain-broken");
            } else if (!row.contentMatches()) {
                result = broken(row.seq(), "content-changed");
            } else {
                Seal seal = seals.get(row.seq());
                if (seal != null && (!seal.headHash().equals(row.hash()) || !valid(seal))) {
                    result = broken(row.seq(), "seal-invalid");
                    return;
                }
                if (seal != null) {
                    sealsChecked++;
                    lastSealed = seal.seq();
                }
                checked++;
                expectedSeq++;
                previousHash = row.hash();
            }
        }

        LogVerification broken(long seq, String reason) {
            return new LogVerification(false, checked, sealsChecked, seq, reason, lastSealed);
        }
    }
}
