package vn.tinhso.identity;

import java.util.Set;

/**
 * Who is acting now, as the identity module knows them: account, roles, the units (agencies, by QCVN 102 code) they
 * work for, how well their account was verified and how they signed in this session.
 *
 * @param personalId            số định danh cá nhân of a citizen, mã số doanh nghiệp of an organisation, else null
 * @param agencies              agency codes whose dossiers this person may see; empty for citizens
 * @param accountLevel          how the account was verified
 * @param authenticationMethods how this session signed in, as RFC 8176 {@code amr} values ({@code pwd}, {@code otp},
 *                              {@code sms}, {@code hwk}...)
 */
public record CurrentUser(String username, String displayName, AccountKind kind, String personalId, Set<Role> roles,
        Set<String> agencies, AssuranceLevel accountLevel, Set<String> authenticationMethods) {

    /** Jobs, start-up and event listeners: no person, no restriction. */
    public static final CurrentUser SYSTEM = new CurrentUser("system", "system", AccountKind.STAFF, null,
            Set.of(Role.SYSTEM_ADMIN), Set.of(), AssuranceLevel.AS_4, Set.of());

    /** Nobody signed in. */
    public static final CurrentUser ANONYMOUS = new CurrentUser("anonymous", "anonymous", AccountKind.CITIZEN, null,
            Set.of(), Set.of(), AssuranceLevel.AS_1, Set.of());

    private static final Set<String> KNOWLEDGE = Set.of("pwd", "pin", "kba");
    private static final Set<String> POSSESSION = Set.of("otp", "sms", "tel", "hwk", "swk", "sc", "mail", "pop");
    private static final Set<String> INHERENCE = Set.of("fpt", "face", "iris", "retina", "vbm", "user");

    public CurrentUser {
        roles = Set.copyOf(roles);
        agencies = Set.copyOf(agencies);
        authenticationMethods = Set.copyOf(authenticationMethods);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(Role... any) {
        for (Role role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /** Sees every unit's dossiers: system administrators and auditors (read-only for auditors). */
    public boolean provinceWide() {
        return hasAnyRole(Role.SYSTEM_ADMIN, Role.AUDITOR);
    }

    public boolean worksFor(String agencyCode) {
        return agencies.contains(agencyCode);
    }

    /**
     * Authentication factors of this session: distinct categories (something you know, have, are) among the methods
     * used. Password alone is 1; password and a one-time code is 2.
     */
    public int factors() {
        int factors = 0;
        if (authenticationMethods.stream().anyMatch(KNOWLEDGE::contains)) {
            factors++;
        }
        if (authenticationMethods.stream().anyMatch(POSSESSION::contains)) {
            factors++;
        }
        if (authenticationMethods.stream().anyMatch(INHERENCE::contains)) {
            factors++;
        }
        return factors;
    }

    public boolean isSystem() {
        return this == SYSTEM;
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }
}
