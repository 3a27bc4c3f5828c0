package vn.tinhso.identity.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.Role;

/** The platform's own accounts (tài khoản). */
@Component
public class Accounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(Accounts.class);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    Accounts(JdbcClient jdbc, AuditLog audit, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.events = events;
    }

    /** For the password check: a locked or disabled account is refused by Spring Security before the password. */
    @Override
    public UserDetails loadUserByUsername(String username) {
        return jdbc.sql("select username, password_hash, enabled, roles, locked_until from account where username = ?")
                .param(username)
                .query((rs, n) -> {
                    Timestamp lockedUntil = rs.getTimestamp("locked_until");
                    return User.withUsername(rs.getString("username"))
                            .password(rs.getString("password_hash"))
                            .disabled(!rs.getBoolean("enabled"))
                            .accountLocked(lockedUntil != null && lockedUntil.toInstant().isAfter(Instant.now()))
                            .authorities(roles(rs).stream().map(role -> new SimpleGrantedAuthority(role.authority()))
                                    .toList())
                            .build();
                })
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
    }

    public Optional<AccountRecord> find(String username) {
        return jdbc.sql("select * from account where username = ?").param(username).query(Accounts::record)
                .optional();
    }

    public Optional<AccountRecord> findByPersonalId(String personalId) {
        return jdbc.sql("select * from account where personal_id = ?").param(personalId).query(Accounts::record)
                .optional();
    }

    public Optional<String> displayName(String username) {
        return jdbc.sql("select display_name from account where username = ?").param(username)
                .query(String.class).optional();
    }

    /** Creates the account unless one with that name exists; returns whether it created it. */
    @Transactional
    public boolean createIfAbsent(String username, String passwordHash, String displayName, List<Role> roles) {
        return create(new NewAccount(username, passwordHash, displayName, AccountKind.STAFF, null, null, null, null,
                null, roles, AssuranceLevel.AS_4, "IN_PERSON"));
    }

    /** Creates the account unless one with that name exists; audited. */
    @Transactional
    public boolean create(NewAccount account) {
        int created = jdbc.sql("""
                insert into account (username, password_hash, display_name, roles, kind, personal_id, birth_date,
                                     email, phone, address, assurance_level, assurance_method)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (username) do nothing""")
                .params(account.username(), account.passwordHash(), account.displayName(),
                        account.roles().stream().map(Role::name).toArray(String[]::new), account.kind().name(),
                        account.personalId(), account.birthDate(), account.email(), account.phone(),
                        account.address(), account.level().name(), account.method())
                .update();
        if (created == 1) {
            audit.record("identity.account.created", "Account", account.username(), null,
                    new AccountCreated(account.username(), account.displayName(), account.kind(), account.roles(),
                            account.level()));
        }
        return created == 1;
    }

    /** Demo data: fills in who a demo account is, once. */
    @Transactional
    public void describe(String username, AccountKind kind, String personalId, LocalDate birthDate, String email,
            String phone, AssuranceLevel level, String method) {
        jdbc.sql("""
                update account set kind = ?, personal_id = ?, birth_date = ?, email = ?, phone = ?,
                       assurance_level = ?, assurance_method = ?
                where username = ? and (kind <> ? or personal_id is distinct from ? or assurance_level <> ?)""")
                .params(kind.name(), personalId, birthDate, email, phone, level.name(), method, username, kind.name(),
                        personalId, level.name())
                .update();
    }

    /**
     * A wrong password: counts it and, from the fifth in a row, locks the account for a time that doubles with each
     * further failure (1, 2, 4 ... minutes, at most a day). Audited. Unknown names are not counted.
     *
     * @return until when the account is locked now, if it is
     */
    @Transactional
    public Optional<Instant> recordFailedLogin(String username, Instant now, int freeAttempts) {
        Optional<Integer> failures = jdbc.sql("""
                update account set failed_logins = failed_logins + 1 where username = ? returning failed_logins""")
                .param(username).query(Integer.class).optional();
        if (failures.isEmpty()) {
            return Optional.empty();
        }
        Instant lockedUntil = null;
        int over = failures.get() - freeAttempts;
        if (over >= 0) {
            Duration backOff = Duration.ofMinutes(1L << Math.min(over, 10)).compareTo(Duration.ofDays(1)) > 0
                    ? Duration.ofDays(1) : Duration.ofMinutes(1L << Math.min(over, 10));
            lockedUntil = now.plus(backOff);
            jdbc.sql("update account set locked_until = ? where username = ?")
                    .params(Timestamp.from(lockedUntil), username).update();
        }
        audit.record("identity.login.failed", "Account", username, null,
                lockedUntil == null ? Map.of("failedLogins", failures.get())
                        : Map.of("failedLogins", failures.get(), "lockedUntil", lockedUntil.toString()));
        return Optional.ofNullable(lockedUntil);
    }

    /** A verified sign-in: clears the failure count. Audited, with how the person signed in. */
    @Transactional
    public void recordLogin(String username, String via, List<String> methods) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = ? and failed_logins > 0")
                .param(username).update();
        audit.record("identity.login.succeeded", "Account", username, null, Map.of("via", via, "amr", methods));
    }

    /** A refused sign-in other than a wrong password (locked, disabled, bad second factor). Audited. */
    @Transactional
    public void recordRefusedLogin(String username, String reason) {
        audit.record("identity.login.refused", "Account", username, null, Map.of("reason", reason));
    }

    @Transactional
    public void unlock(String username) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where username = ?").param(username)
                .update();
        audit.record("identity.account.unlocked", "Account", username, null, Map.of());
    }

    /** Usernames of staff accounts that may still sign in. */
    public List<String> enabledStaff() {
        return jdbc.sql("select username from account where kind = 'STAFF' and enabled order by username")
                .query(String.class).list();
    }

    /** Disables the account and keeps it, with everything that names it. Audited. */
    @Transactional
    public boolean disable(String username, String reason, Instant now) {
        int changed = jdbc.sql("""
                update account set enabled = false, disabled_at = ?, disabled_reason = ?
                where username = ? and enabled""").params(Timestamp.from(now), reason, username).update();
        if (changed == 1) {
            log.info("Account {} disabled: {}", username, reason);
            audit.record("identity.account.disabled", "Account", username, Map.of("enabled", true),
                    Map.of("enabled", false, "reason", reason));
            events.publishEvent(new AccountDisabled(username));
        }
        return changed == 1;
    }

    /** Raises (or lowers) how well the account is known, after a check. Audited. */
    @Transactional
    public void verify(String username, AssuranceLevel level, String method) {
        AccountRecord before = find(username).orElseThrow();
        jdbc.sql("update account set assurance_level = ?, assurance_method = ? where username = ?")
                .params(level.name(), method, username).update();
        audit.record("identity.account.verified", "Account", username,
                Map.of("level", before.assuranceLevel().label(), "method", before.assuranceMethod()),
                Map.of("level", level.label(), "method", method));
    }

    @Transactional
    public void changePassword(String username, String passwordHash) {
        jdbc.sql("update account set password_hash = ?, password_changed_at = now() where username = ?")
                .params(passwordHash, username).update();
        audit.record("identity.password.changed", "Account", username, null, Map.of());
    }

    public Optional<String> passwordHash(String username) {
        return jdbc.sql("select password_hash from account where username = ?").param(username)
                .query(String.class).optional();
    }

    private static List<Role> roles(ResultSet rs) throws SQLException {
        List<Role> roles = new ArrayList<>();
        for (String name : (String[]) rs.getArray("roles").getArray()) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException unknown) {
                log.warn("Account {} has an unknown role {}", rs.getString("username"), name);
            }
        }
        return roles;
    }

    static AccountRecord record(ResultSet rs, int row) throws SQLException {
        Timestamp locked = rs.getTimestamp("locked_until");
        Timestamp disabled = rs.getTimestamp("disabled_at");
        java.sql.Date birth = rs.getDate("birth_date");
        return new AccountRecord(rs.getString("username"), rs.getString("display_name"),
                AccountKind.valueOf(rs.getString("kind")), rs.getString("personal_id"),
                birth == null ? null : birth.toLocalDate(), rs.getString("email"), rs.getString("phone"), roles(rs),
                AssuranceLevel.valueOf(rs.getString("assurance_level")), rs.getString("assurance_method"),
                rs.getBoolean("enabled"), locked == null ? null : locked.toInstant(), rs.getInt("failed_logins"),
                disabled == null ? null : disabled.toInstant(), rs.getString("disabled_reason"));
    }

    /** A new account; the password arrives hashed. */
    public record NewAccount(String username, String passwordHash, String displayName, AccountKind kind,
            String personalId, LocalDate birthDate, String email, String phone, String address, List<Role> roles,
            AssuranceLevel level, String method) {
    }

    record AccountCreated(String username, String displayName, AccountKind kind, List<Role> roles,
            AssuranceLevel level) {
    }

}
