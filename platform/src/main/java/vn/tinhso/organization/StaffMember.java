package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Cán bộ, công chức, viên chức: a person working in an agency, with a position (chức vụ) and the platform roles
 * ({@code vn.tinhso.identity.Role} names) they act in, optionally linked to a sign-in account by {@code username}.
 * People who leave get an {@code activeTo} date; they are never deleted, since dossiers name who handled them.
 */
public record StaffMember(String id, String fullName, AgencyCode agencyCode, String position, List<String> roles,
        String username, String email, String phone, LocalDate activeFrom, LocalDate activeTo) {

    public StaffMember {
        roles = roles == null ? List.of() : List.copyOf(roles);
    }

    /** Whether the person worked there on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (activeFrom == null || !day.isBefore(activeFrom)) && (activeTo == null || !day.isAfter(activeTo));
    }
}
