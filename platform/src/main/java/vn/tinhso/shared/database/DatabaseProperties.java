package vn.tinhso.shared.database;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the platform keeps its data.
 *
 * @param url      JDBC URL of an external PostgreSQL ({@code TINHSO_DB_URL}); empty means the embedded one
 * @param user     user for the external database ({@code TINHSO_DB_USER})
 * @param password password for the external database ({@code TINHSO_DB_PASSWORD})
 * @param dataDir  directory of the embedded PostgreSQL's files, kept between runs
 * @param port     port of the embedded PostgreSQL; 0 picks a free one
 * @param name     database created inside the embedded PostgreSQL
 * @param poolSize connections in the pool
 * @param fresh    wipe the embedded data directory before starting (tests), never for real data
 * @param server   settings of the embedded server besides the platform's own, e.g.
 *                 {@code tinhso.db.server.shared_preload_libraries=pg_stat_statements} to see what each statement
 *                 costs; the durability settings (ADR 0022) cannot be turned off this way
 */
@ConfigurationProperties("tinhso.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        @DefaultValue("./data/postgres") Path dataDir,
        @DefaultValue("0") int port,
        @DefaultValue("tinhso") String name,
        @DefaultValue("10") int poolSize,
        @DefaultValue("false") boolean fresh,
        Map<String, String> server) {

    public DatabaseProperties {
        server = server == null ? Map.of() : Map.copyOf(server);
    }

    boolean external() {
        return url != null && !url.isBlank();
    }
}
