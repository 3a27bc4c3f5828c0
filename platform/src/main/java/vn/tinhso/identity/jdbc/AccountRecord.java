package vn.tinhso.identity.jdbc;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.Role;

/** An account as stored, without its password hash. */
public record AccountRecord(String username, String displayName, AccountKind kind, String personalId,
        LocalDate birthDate, String email, String phone, List<Role> roles, AssuranceLevel assuranceLevel,
        String assuranceMethod, boolean enabled, Instant lockedUntil, int failedLogins, Instant disabledAt,
        String disabledReason) {

    public AccountRecord {
        roles = List.copyOf(roles);
    }
}
