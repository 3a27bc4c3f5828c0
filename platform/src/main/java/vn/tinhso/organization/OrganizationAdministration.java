package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the catalogue administrator changes from the pages: an agency's details and end, its staff, an administrative
 * unit's name and end. Each change goes through the same checks and audit as the organisation API and imports, and
 * nothing is deleted — a closed agency, unit or departed staff member stays for the dossiers filed before.
 *
 * <p>A change the catalogue refuses throws {@link InvalidFields} naming each field and its reason.
 */
public interface OrganizationAdministration {

    /** An agency's details as the administrator edits them; code, parent, unit served and validity stay. */
    record AgencyDetails(String name, String shortName, AgencyKind kind, Contact contact, String note) {
    }

    /** A staff member as the administrator fills them in; {@code roles} are {@code vn.tinhso.identity.Role} names. */
    record StaffDetails(String fullName, String position, List<String> roles, String username, String email,
            String phone, LocalDate activeFrom) {

        public StaffDetails {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /** The agency whatever its period (a closed one too). */
    Optional<Agency> agency(AgencyCode code);

    Agency updateAgency(AgencyCode code, AgencyDetails details);

    /**
     * Ends the agency's validity on {@code lastDay} (inclusive), naming who takes over.
     *
     * @throws vn.tinhso.shared.Problem when it is closed already ({@code validity-already-closed})
     */
    Agency closeAgency(AgencyCode code, LocalDate lastDay, List<AgencyCode> successors);

    /** Staff of {@code agency} active on {@code day}; everyone who ever worked there when {@code day} is null. */
    List<StaffMember> staff(AgencyCode agency, LocalDate day);

    Optional<StaffMember> staffMember(String id);

    /** Adds a staff member to {@code agency} under a new id ({@code CB-…}). */
    StaffMember addStaff(AgencyCode agency, StaffDetails details);

    /** Replaces what the administrator edits; the agency and the end of activity stay. */
    StaffMember updateStaff(String id, StaffDetails details);

    /** Records that the staff member left after {@code lastDay}; they stay on record (dossiers name them). */
    StaffMember closeStaff(String id, LocalDate lastDay);

    /** The unit whatever its period (a dissolved one too). */
    Optional<AdministrativeUnit> unit(String code);

    /** The units directly under {@code code}, every period. */
    List<AdministrativeUnit> children(String code);

    AdministrativeUnit renameUnit(String code, String name, String note);

    /** Ends the unit's validity on {@code lastDay} (inclusive), naming the units that take it over. */
    AdministrativeUnit closeUnit(String code, LocalDate lastDay, List<String> successors);
}
