package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformProcess;

/**
 * The first README command as a user lives it: the platform starts on its embedded PostgreSQL with demo data in a
 * directory of its own, and what it stored is still there after a restart — even after {@code kill -9}.
 */
class PlatformRestartIntegrationTest {

    private static final Duration START = Duration.ofSeconds(120);

    @TempDir
    Path workspace;

    @Test
    void keepsItsDataInTheDataDirectoryAcrossRestartsAndCrashes() throws Exception {
        Path data = workspace.resolve("data");
        long auditRows;
        try (PlatformProcess first = PlatformProcess.start(data, START)) {
            auditRows = auditRows(first.api());
            assertThat(auditRows).as("demo data was loaded and audited").isPositive();
        }
        assertThat(Files.exists(data.resolve("postgres").resolve("PG_VERSION"))).isTrue();

        // Each start's first call signs the auditor in, and every sign-in is audited (docs/identity.md): one row more.
        PlatformProcess second = PlatformProcess.start(data, START);
        assertThat(auditRows(second.api())).as("nothing loaded twice, nothing lost").isEqualTo(auditRows + 1);
        second.kill();

        try (PlatformProcess third = PlatformProcess.start(data, START)) {
            assertThat(auditRows(third.api())).isEqualTo(auditRows + 2);
            assertThat(third.api().as("kiemtra").get("/api/v1/audit/verify").json().get("intact").asBoolean())
                    .isTrue();
        }
    }

    private static long auditRows(Api api) {
        Api.Answer answer = api.as("kiemtra").get("/api/v1/audit/verify");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json().get("rowsChecked").asLong();
    }
}
