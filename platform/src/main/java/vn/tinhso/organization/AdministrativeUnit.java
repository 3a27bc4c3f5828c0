package vn.tinhso.organization;

import java.time.LocalDate;
import java.util.List;

/**
 * Đơn vị hành chính: a province, district or commune with its national (GSO) code, valid from {@code validFrom} to
 * {@code validTo} inclusive. {@code validTo} null means still valid; {@code validFrom} null means the founding date is
 * not recorded. {@code successors} name the units that took it over when it closed.
 */
public record AdministrativeUnit(String code, String name, UnitLevel level, UnitKind kind, String parentCode,
        LocalDate validFrom, LocalDate validTo, List<String> successors, String note) {

    public AdministrativeUnit {
        successors = successors == null ? List.of() : List.copyOf(successors);
    }

    /** Whether the unit existed on {@code day}. */
    public boolean validOn(LocalDate day) {
        return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
    }
}
