package vn.tinhso.identity.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time codes sent by e-mail or SMS, stored as hashes. */
@Repository
public class OneTimeCodes {

    private final JdbcClient jdbc;

    OneTimeCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long add(String username, String channel, String codeHash, Instant expiresAt) {
        return jdbc.sql("""
                insert into one_time_code (username, channel, code_hash, expires_at) values (?, ?, ?, ?)
                returning id""").params(username, channel, codeHash, Timestamp.from(expiresAt))
                .query(Long.class).single();
    }

    /** Codes still open for the user, newest first, with their hashes. */
    public List<Open> open(String username, Instant now, int maxAttempts) {
        return jdbc.sql("""
                select id, channel, code_hash from one_time_code
                where username = ? and used_at is null and expires_at > ? and attempts < ?
                order by id desc limit 3""").params(username, Timestamp.from(now), maxAttempts)
                .query((rs, n) -> new Open(rs.getLong("id"), rs.getString("channel"), rs.getString("code_hash")))
                .list();
    }

    public boolean use(long id, Instant now) {
        return jdbc.sql("update one_time_code set used_at = ? where id = ? and used_at is null")
                .params(Timestamp.from(now), id).update() == 1;
    }

    /** A wrong guess counts against every open code of the user: five wrong guesses spend them. */
    public void countAttempt(String username) {
        jdbc.sql("update one_time_code set attempts = attempts + 1 where username = ? and used_at is null")
                .param(username).update();
    }

    public record Open(long id, String channel, String codeHash) {
    }
}
