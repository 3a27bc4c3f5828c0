package vn.tinhso.shared.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The embedded server flushes a commit to disk before the platform acknowledges it: the embedding library's test
 * defaults (all three off) would let a power cut take acknowledged dossiers with it.
 */
@PlatformIntegrationTest
class EmbeddedDatabaseDurabilityIntegrationTest {

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"fsync", "synchronous_commit", "full_page_writes"})
    void commitsReachTheDiskBeforeTheyAreAcknowledged(String setting) {
        assertThat(jdbc.sql("select current_setting(?)").param(setting).query(String.class).single())
                .isEqualTo("on");
    }

    /** Commits of concurrent transactions share a WAL flush: a short wait, when at least four others are open. */
    @ParameterizedTest
    @ValueSource(strings = {"commit_delay=500", "commit_siblings=4"})
    void concurrentCommitsShareAFlush(String setting) {
        String[] nameAndValue = setting.split("=");
        assertThat(jdbc.sql("select current_setting(?)").param(nameAndValue[0]).query(String.class).single())
                .isEqualTo(nameAndValue[1]);
    }
}
