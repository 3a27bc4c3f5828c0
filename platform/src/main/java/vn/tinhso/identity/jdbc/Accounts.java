package vn.tinhso.identity.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.Role;

/** The platform's own accounts (tài khoản). */
@Component
public class Accounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final AuditLog audit;

    Accounts(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, enabled, roles from account where username = ?")
                .param(username)
                .query((rs, n) -> User.withUsername(rs.getString("username"))
                        .password(rs.getString("password_hash"))
                        .disabled(!rs.getBoolean("enabled"))
                        .authorities(Arrays.stream((String[]) rs.getArray("roles").getArray())
                                .map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList())
                        .build())
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<String> displayName(String username) {
        return jdbc.sql("select display_name from account where username = ?").param(username)
                .query(String.class).optional();
    }

    /** Creates the account unless one with that name exists; returns whether it created it. */
    @Transactional
    public boolean createIfAbsent(String username, String passwordHash, String displayName, List<Role> roles) {
        int created = jdbc.sql("""
                insert into account (username, password_hash, display_name, roles) values (?, ?, ?, ?)
                on conflict (username) do nothing""")
                .params(username, passwordHash, displayName, roles.stream().map(Role::name).toArray(String[]::new))
                .update();
        if (created == 1) {
            audit.record("identity.account.created", "Account", username, null,
                    new AccountCreated(username, displayName, roles));
        }
        return created == 1;
    }

    record AccountCreated(String username, String displayName, List<Role> roles) {
    }
}
