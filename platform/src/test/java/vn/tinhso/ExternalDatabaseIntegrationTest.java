package vn.tinhso;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tinhso.support.PlatformProcess;

/**
 * An operator's PostgreSQL, named by {@code TINHSO_DB_URL}, {@code TINHSO_DB_USER} and {@code TINHSO_DB_PASSWORD},
 * replaces the embedded one: the platform migrates and uses it, and starts no database of its own.
 */
class ExternalDatabaseIntegrationTest {

    @TempDir
    Path workspace;

    @Test
    void thePlatformUsesThePostgresqlNamedByTheEnvironment() throws Exception {
        try (EmbeddedPostgres external = EmbeddedPostgres.builder()
                .setDataDirectory(workspace.resolve("operators-postgres")).setCleanDataDirectory(true).start()) {
            try (Connection connection = external.getPostgresDatabase().getConnection();
                 Statement statement = connection.createStatement()) {
                statement.execute("create user tinhso with password 'bi-mat'");
                statement.execute("create database tinhso_prod owner tinhso");
            }
            Path data = workspace.resolve("platform-data");
            Map<String, String> environment = Map.of(
                    "TINHSO_DB_URL", "jdbc:postgresql://localhost:" + external.getPort() + "/tinhso_prod",
                    "TINHSO_DB_USER", "tinhso",
                    "TINHSO_DB_PASSWORD", "bi-mat");

            try (PlatformProcess platform = PlatformProcess.start(data, Duration.ofSeconds(120), environment)) {
                assertThat(platform.api().get("/api/v1/procedures/1.001193").status()).isEqualTo(200);
            }

            assertThat(Files.exists(data.resolve("postgres"))).as("no embedded database started").isFalse();
            try (Connection connection = external.getDatabase("tinhso", "tinhso_prod").getConnection();
                 Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("select count(*) from procedure_version")) {
                rows.next();
                assertThat(rows.getLong(1)).isGreaterThanOrEqualTo(25);
            }
        }
    }
}
