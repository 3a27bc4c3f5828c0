package vn.tinhso.shared.database;

import java.nio.file.Path;
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
        @DefaultValue("false") boolean fresh) {

    boolean external() {
        return url != null && !url.isBlank();
    }
}
