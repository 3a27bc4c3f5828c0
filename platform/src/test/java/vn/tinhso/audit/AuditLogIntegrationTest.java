package vn.tinhso.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.audit.jdbc.JdbcAuditLog;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

@PlatformIntegrationTest
class AuditLogIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcAuditLog chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @LocalServerPort
    int port;

    @Test
    void aChainOfRecordedChangesVerifies() {
        record("test.thing.created", "T-1", null, Map.of("name", "Phường 1"));
        record("test.thing.renamed", "T-1", Map.of("name", "Phường 1"), Map.of("name", "Phường Sóc Trăng"));

        ChainVerification result = chain.verify();

        assertThat(result.intact()).as(result.toString()).isTrue();
        assertThat(result.rowsChecked()).isGreaterThanOrEqualTo(2);
        assertThat(chain.forObject("TestThing", "T-1", 10))
                .extracting(row -> row.action())
                .containsExactly("test.thing.renamed", "test.thing.created");
    }

    @Test
    void entriesOfParallelTransactionsAreChainedAtCommitAndARolledBackOneLeavesNone() throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            var futures = java.util.stream.IntStream.range(0, 40).mapToObj(i -> pool.submit(() ->
                    transactions.executeWithoutResult(status -> {
                        auditLog.record("test.parallel.first", "TestThing", "P-" + i, null, Map.of("i", i));
                        auditLog.record("test.parallel.second", "TestThing", "P-" + i, null, Map.of("i", i));
                    }))).toList();
            for (var future : futures) {
                future.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            auditLog.record("test.rolled.back", "TestThing", "R-1", null, Map.of());
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");

        assertThat(chain.verify().intact()).isTrue();
        List<Long> seqs = jdbc.sql("select seq from audit_log where action like 'test.parallel.%' order by seq")
                .query(Long.class).list();
        assertThat(seqs).hasSize(80);
        // A transaction's entries stay next to each other: chained together at its commit.
        for (int i = 0; i < 80; i += 2) {
            assertThat(seqs.get(i + 1)).isEqualTo(seqs.get(i) + 1);
        }
        assertThat(chain.forObject("TestThing", "R-1", 10)).isEmpty();
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAuditRows() {
        record("test.thing.created", "T-2", null, Map.of("name", "x"));

        assertThatThrownBy(() -> jdbc.sql("update audit_log set actor = 'mallory'").update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_log").update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void aTamperedRowIsNamedByTheVerifierTheApiAndTheCommand() {
        record("test.thing.created", "T-3", null, Map.of("fee", 100000));
        long tampered = record("test.thing.changed", "T-3", Map.of("fee", 100000), Map.of("fee", 150000));
        record("test.thing.changed", "T-3", Map.of("fee", 150000), Map.of("fee", 200000));

        // Someone with superuser rights bypasses the trigger and rewrites history.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set after_state = '{\"fee\":1}' where seq = ?").param(tampered).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        });

        ChainVerification result = chain.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenRow()).isEqualTo(tampered);
        assertThat(result.reason()).isEqualTo("content-changed");

        Api.Answer answer = Api.at(port).as("kiemtra").get("/api/v1/audit/verify");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("intact").asBoolean()).isFalse();
        assertThat(answer.json().get("firstBrokenRow").asLong()).isEqualTo(tampered);

        // Put it back so the other tests in this context see an intact chain.
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set after_state = '{\"fee\":150000}' where seq = ?").param(tampered).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        });
        assertThat(chain.verify().intact()).isTrue();
    }

    @Test
    void onlyAuditorsReadTheLog() {
        Api api = Api.at(port);
        assertThat(api.get("/api/v1/audit/verify").status()).isEqualTo(401);
        assertThat(api.as("congdan").get("/api/v1/audit/verify").status()).isEqualTo(403);
        assertThat(api.as("kiemtra").get("/api/v1/audit/verify").status()).isEqualTo(200);
    }

    /** Records in a transaction of its own; the entry is chained when it commits. Answers the entry's number. */
    private long record(String action, String id, Object before, Object after) {
        transactions.executeWithoutResult(status -> auditLog.record(action, "TestThing", id, before, after));
        return jdbc.sql("select max(seq) from audit_log where object_type = 'TestThing' and object_id = ?")
                .param(id).query(Long.class).single();
    }
}
