package vn.tinhso.identity.jdbc;

import java.util.function.Supplier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Keys the identity module keeps in the database, created once on first use. */
@Repository
public class IdentityKeys {

    private final JdbcClient jdbc;

    IdentityKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key named {@code name}; the first caller's new key wins when several start at once. */
    public String getOrCreate(String name, Supplier<String> newKey) {
        jdbc.sql("insert into identity_key (name, material) values (?, ?) on conflict (name) do nothing")
                .params(name, newKey.get()).update();
        return jdbc.sql("select material from identity_key where name = ?").param(name).query(String.class).single();
    }
}
