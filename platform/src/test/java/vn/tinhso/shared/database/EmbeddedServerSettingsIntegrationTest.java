package vn.tinhso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An operator's settings for the embedded server ({@code tinhso.db.server.*}) reach it, and cannot turn its
 * durability off. A server of its own, in a directory of its own.
 */
class EmbeddedServerSettingsIntegrationTest {

    /** In the build directory, wiped at start: the server runs until the test JVM exits. */
    private final Path dataDir = Path.of("target/test-postgres-settings");

    @Test
    void settingsReachTheServerButDurabilityStaysOn() throws SQLException {
        String url = EmbeddedPostgres.jdbcUrl(dataDir, 0, "settings", true,
                Map.of("work_mem", "12MB", "fsync", "off", "synchronous_commit", "off"));

        try (var connection = DriverManager.getConnection(url, "postgres", "");
                var statement = connection.createStatement();
                var rs = statement.executeQuery("select current_setting('work_mem'), current_setting('fsync'),"
                        + " current_setting('synchronous_commit')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("12MB");
            assertThat(rs.getString(2)).isEqualTo("on");
            assertThat(rs.getString(3)).isEqualTo("on");
        }
    }
}
