package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Cơ quan, đơn vị: a people's committee, department, one-stop centre, vertical agency or public service unit,
 * identified by its QCVN 102 code, serving an administrative unit, valid over a period with successors.
 *
 * <p>Internal units (phòng, ban, chi cục) are agencies too, of kind {@link AgencyKind#INTERNAL_UNIT} with
 * {@code parentCode} naming their agency: QCVN 102 gives them codes of the next level, they are reorganised with the
 * same validity and successor rules, and staff belong to them the same way — a separate OrgUnit type would repeat all
 * of that.
 */
public record Agency(AgencyCode code, String name, String shortName, AgencyKind kind, AgencyCode parentCode,
        String unitCode, Contact contact, LocalDate validFrom, LocalDate validTo, List<AgencyCode> successors,
        String note) {

    public Agency {
        contact = contact == null ? Contact.NONE : contact;
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** Whether the agency existed on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
