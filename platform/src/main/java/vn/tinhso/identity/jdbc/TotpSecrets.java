package vn.tinhso.identity.jdbc;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts' TOTP authenticators; the secret column holds ciphertext only. */
@Repository
public class TotpSecrets {

    private final JdbcClient jdbc;

    TotpSecrets(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Starts (or restarts, while unconfirmed) an enrolment. Returns false when a confirmed one exists. */
    public boolean enrol(String username, String encryptedSecret) {
        return jdbc.sql("""
                insert into account_totp (username, secret) values (?, ?)
                on conflict (username) do update set secret = excluded.secret, last_step = 0
                where not account_totp.confirmed""").params(username, encryptedSecret).update() == 1;
    }

    public Optional<Stored> find(String username) {
        return jdbc.sql("select secret, confirmed, last_step from account_totp where username = ?").param(username)
                .query((rs, n) -> new Stored(rs.getString("secret"), rs.getBoolean("confirmed"),
                        rs.getLong("last_step"))).optional();
    }

    /** Marks {@code step} used (and the authenticator confirmed); false when that step or a later one was used. */
    public boolean use(String username, long step) {
        return jdbc.sql("""
                update account_totp set last_step = ?, confirmed = true where username = ? and last_step < ?""")
                .params(step, username, step).update() == 1;
    }

    public boolean confirmed(String username) {
        return find(username).map(Stored::confirmed).orElse(false);
    }

    public record Stored(String encryptedSecret, boolean confirmed, long lastStep) {
    }
}
