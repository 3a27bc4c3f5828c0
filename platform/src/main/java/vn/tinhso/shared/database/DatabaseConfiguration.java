package vn.tinhso.shared.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The platform's one {@link DataSource}: the external PostgreSQL named by {@code TINHSO_DB_URL} when set,
 * otherwise the embedded PostgreSQL 17 in {@code tinhso.db.data-dir}.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    HikariDataSource dataSource(DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("tinhso");
        config.setMaximumPoolSize(properties.poolSize());
        if (properties.external()) {
            config.setJdbcUrl(properties.url());
            config.setUsername(properties.user());
            config.setPassword(properties.password());
        } else {
            config.setJdbcUrl(EmbeddedPostgres.jdbcUrl(properties.dataDir(), properties.port(), properties.name(),
                    properties.fresh(), properties.server()));
            config.setUsername("postgres");
        }
        HikariDataSource pool = new HikariDataSource(config);
        if (!properties.external()) {
            EmbeddedPostgres.register(pool);
        }
        return pool;
    }
}
