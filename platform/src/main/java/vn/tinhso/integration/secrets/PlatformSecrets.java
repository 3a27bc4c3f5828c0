package vn.tinhso.integration.secrets;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Secrets of the integration platform itself (the token signing key, the log sealing key pair), made once by the
 * first node that needs them and then shared through the database by every node and gateway process.
 */
@Component
public class PlatformSecrets {

    private final JdbcClient jdbc;

    PlatformSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The secret stored under {@code name}; {@code generator} makes it when none is stored yet (first one wins). */
    public String getOrCreate(String name, Supplier<String> generator) {
        jdbc.sql("insert into integration_secret (name, value) values (?, ?) on conflict (name) do nothing")
                .params(name, generator.get()).update();
        return jdbc.sql("select value from integration_secret where name = ?").param(name).query(String.class)
                .single();
    }
}
