package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.OrganizationAdministration;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.organization.jdbc.Agencies;
import vn.tinhso.organization.jdbc.StaffMembers;
import vn.tinhso.organization.jdbc.Units;

/**
 * The administration pages' changes as rows of the catalogue's sheets: the record as stored with the edited columns
 * put over it, then {@link CatalogueChanges} — the same checks, writes and audit rows as the API and imports.
 */
@Service
class CatalogueAdministration implements OrganizationAdministration {

    private final CatalogueChanges changes;
    private final AgencySheet agencySheet;
    private final StaffSheet staffSheet;
    private final UnitSheet unitSheet;
    private final Agencies agencies;
    private final StaffMembers staff;
    private final Units units;

    CatalogueAdministration(CatalogueChanges changes, AgencySheet agencySheet, StaffSheet staffSheet,
            UnitSheet unitSheet, Agencies agencies, StaffMembers staff, Units units) {
        this.changes = changes;
        this.agencySheet = agencySheet;
        this.staffSheet = staffSheet;
        this.unitSheet = unitSheet;
        this.agencies = agencies;
        this.staff = staff;
        this.units = units;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Agency> agency(AgencyCode code) {
        return agencies.find(code);
    }

    @Override
    @Transactional
    public Agency updateAgency(AgencyCode code, AgencyDetails details) {
        Agency before = agencies.find(code).orElseThrow(() -> agencySheet.notFound(code.value()));
        Map<String, String> row = stored(agencySheet, before);
        row.put("name", details.name());
        row.put("shortName", details.shortName());
        row.put("kind", details.kind() == null ? null : details.kind().name());
        row.put("address", details.contact().address());
        row.put("phone", details.contact().phone());
        row.put("email", details.contact().email());
        row.put("website", details.contact().website());
        row.put("note", details.note());
        return changes.update(agencySheet, code.value(), raw(row));
    }

    @Override
    @Transactional
    public Agency closeAgency(AgencyCode code, LocalDate lastDay, List<AgencyCode> successors) {
        return changes.close(agencySheet, code.value(), lastDay, successors.stream().map(AgencyCode::value).toList());
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> staff(AgencyCode agency, LocalDate day) {
        return staff.ofAgency(agency, day);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> staffMember(String id) {
        return staff.find(id);
    }

    @Override
    @Transactional
    public StaffMember addStaff(AgencyCode agency, StaffDetails details) {
        Map<String, String> row = new HashMap<>();
        row.put("id", "CB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
        row.put("agencyCode", agency.value());
        put(row, details);
        return changes.create(staffSheet, raw(row));
    }

    @Override
    @Transactional
    public StaffMember updateStaff(String id, StaffDetails details) {
        StaffMember before = staff.find(id).orElseThrow(() -> staffSheet.notFound(id));
        Map<String, String> row = stored(staffSheet, before);
        put(row, details);
        return changes.update(staffSheet, id, raw(row));
    }

    @Override
    @Transactional
    public StaffMember closeStaff(String id, LocalDate lastDay) {
        return changes.close(staffSheet, id, lastDay, List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AdministrativeUnit> unit(String code) {
        return units.find(code);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AdministrativeUnit> children(String code) {
        return units.everChildren(code);
    }

    @Override
    @Transactional
    public AdministrativeUnit renameUnit(String code, String name, String note) {
        AdministrativeUnit before = units.find(code).orElseThrow(() -> unitSheet.notFound(code));
        Map<String, String> row = stored(unitSheet, before);
        row.put("name", name);
        row.put("note", note);
        return changes.update(unitSheet, code, raw(row));
    }

    @Override
    @Transactional
    public AdministrativeUnit closeUnit(String code, LocalDate lastDay, List<String> successors) {
        return changes.close(unitSheet, code, lastDay, successors);
    }

    private static void put(Map<String, String> row, StaffDetails details) {
        row.put("fullName", details.fullName());
        row.put("position", details.position());
        row.put("roles", RowReader.joined(details.roles()));
        row.put("username", details.username());
        row.put("email", details.email());
        row.put("phone", details.phone());
        row.put("activeFrom", details.activeFrom() == null ? null : details.activeFrom().toString());
    }

    /** The record as the cells it was stored with, to edit some of them. */
    private static <T> Map<String, String> stored(Sheet<T> sheet, T record) {
        return new HashMap<>(Rows.raw(1, sheet.toRow(record)).values());
    }

    /** Row 1 of a one-record batch; absent values become blank cells. */
    private static RawRow raw(Map<String, String> row) {
        Map<String, String> cells = new HashMap<>();
        row.forEach((column, value) -> cells.put(column, value == null ? "" : value));
        return new RawRow(1, cells);
    }
}
