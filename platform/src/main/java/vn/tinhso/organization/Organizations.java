package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What other modules ask the organisation catalogue: which unit, agency or staff member a code names on a given
 * day — a dossier filed in 2024 resolves against the structure of 2024.
 */
public interface Organizations {

    /** The administrative unit with {@code code} as it was on {@code day}; empty when it did not exist then. */
    Optional<AdministrativeUnit> unit(String code, LocalDate day);

    /** The units directly under {@code code} on {@code day}. */
    List<AdministrativeUnit> children(String code, LocalDate day);

    /**
     * The units valid on {@code day} that carry on {@code code}: the unit itself if it is still valid then,
     * otherwise its successors, followed further while they closed too (Sóc Trăng 94 → Cần Thơ 92).
     */
    List<AdministrativeUnit> currentFor(String code, LocalDate day);

    /** The agency with {@code code} as it was on {@code day}. */
    Optional<Agency> agency(AgencyCode code, LocalDate day);

    /** The staff member linked to the sign-in {@code username}, if one is active on {@code day}. */
    Optional<StaffMember> staffByUsername(String username, LocalDate day);

    /** Staff of {@code agency} active on {@code day} who act in {@code role}. */
    List<StaffMember> staffInRole(AgencyCode agency, String role, LocalDate day);
}
