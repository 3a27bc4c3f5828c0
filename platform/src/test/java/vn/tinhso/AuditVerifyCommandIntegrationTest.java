package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.support.PlatformIntegrationTest;

/** The operator's command {@code audit-verify} exits 0 on an intact chain and 1 on a tampered one. */
@PlatformIntegrationTest
class AuditVerifyCommandIntegrationTest {

    @Autowired
    AuditLog auditLog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theCommandExitsWithOneWhenTheChainIsBroken() {
        transactions.executeWithoutResult(status ->
                auditLog.record("test.command.checked", "TestThing", "C-1", null, java.util.Map.of("n", 1)));
        assertThat(runCommand()).isZero();

        long seq = jdbc.sql("select last_seq from audit_chain_head").query(Long.class).single();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("alter table audit_log disable trigger audit_log_no_update").update();
            jdbc.sql("update audit_log set actor = 'mallory' where seq = ?").param(seq).update();
            jdbc.sql("alter table audit_log enable trigger audit_log_no_update").update();
        });
        assertThat(runCommand()).isEqualTo(1);
    }

    private int runCommand() {
        // Same embedded server (one per data directory and JVM), same database as this test's platform.
        String database = jdbc.sql("select current_database()").query(String.class).single();
        return TinhSoApplication.runCommand("audit-verify", "--spring.profiles.active=test",
                "--tinhso.db.name=" + database);
    }
}
