package vn.tinhso.identity.jdbc;

import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;

/** Which platform account a person known to an external identity provider signs in as. */
@Repository
public class AccountLinks {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AccountLinks(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    public Optional<String> username(String issuer, String subject) {
        return jdbc.sql("select username from account_link where issuer = ? and subject = ?")
                .params(issuer, subject).query(String.class).optional();
    }

    @Transactional
    public void link(String issuer, String subject, String username) {
        int added = jdbc.sql("""
                insert into account_link (issuer, subject, username) values (?, ?, ?) on conflict do nothing""")
                .params(issuer, subject, username).update();
        if (added == 1) {
            audit.record("identity.account.linked", "Account", username, null,
                    Map.of("issuer", issuer, "subject", subject));
        }
    }
}
