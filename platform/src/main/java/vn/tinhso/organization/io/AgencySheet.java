package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.AgencyNotFound;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyKind;
import vn.tinhso.organization.Contact;
import vn.tinhso.organization.jdbc.Agencies;
import vn.tinhso.organization.jdbc.Units;

/**
 * Agencies as rows: {@code code,name,shortName,kind,parentCode,unitCode,address,phone,email,website,validFrom,validTo,
 * successors,note}. The administrative unit an agency serves must already be in the catalogue: import units first.
 */
@Component
public class AgencySheet implements Sheet<Agency> {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final List<String> COLUMNS = List.of("code", "name", "shortName", "kind", "parentCode",
            "unitCode", "address", "phone", "email", "website", "validFrom", "validTo", "successors", "note");

    private final Agencies agencies;
    private final Units units;

    AgencySheet(Agencies agencies, Units units) {
        this.agencies = agencies;
        this.units = units;
    }

    @Override
    public String objectType() {
        return "Agency";
    }

    @Override
    public String action() {
        return "organization.agency";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("code", "name", "kind");
    }

    @Override
    public String keyOf(Agency agency) {
        return agency.code().value();
    }

    @Override
    public Map<String, Object> toRow(Agency agency) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", agency.code().value());
        row.put("name", agency.name());
        row.put("shortName", agency.shortName());
        row.put("kind", agency.kind().name());
        row.put("parentCode", agency.parentCode() == null ? null : agency.parentCode().value());
        row.put("unitCode", agency.unitCode());
        row.put("address", agency.contact().address());
        row.put("phone", agency.contact().phone());
        row.put("email", agency.contact().email());
        row.put("website", agency.contact().website());
        row.put("validFrom", agency.validFrom());
        row.put("validTo", agency.validTo());
        row.put("successors", agency.successors().stream().map(AgencyCode::value).toList());
        row.put("note", agency.note());
        return row;
    }

    @Override
    public Agency read(RowReader row) {
        AgencyCode code = row.agencyCode("code", true);
        String name = row.required("name");
        String shortName = row.text("shortName");
        AgencyKind kind = row.constant("kind", AgencyKind.class);
        AgencyCode parent = row.agencyCode("parentCode", false);
        String unit = row.text("unitCode");
        Contact contact = new Contact(row.text("address"), row.text("phone"), row.matching("email", EMAIL, false),
                row.text("website"));
        LocalDate from = row.date("validFrom");
        LocalDate to = row.date("validTo");
        List<AgencyCode> successors = row.agencyCodes("successors");
        String note = row.text("note");
        if (!row.clean()) {
            return null;
        }
        return new Agency(code, name, shortName, kind, parent, unit, contact, from, to, successors, note);
    }

    @Override
    public void check(Agency agency, RowReader row, Map<String, Agency> batch) {
        if (agency.parentCode() != null
                && (agency.parentCode().equals(agency.code()) || lookup(agency.parentCode(), batch).isEmpty())) {
            row.reject("parentCode", "unknown-parent");
        }
        if (agency.unitCode() != null && units.find(agency.unitCode()).isEmpty()) {
            row.reject("unitCode", "unknown-unit");
        }
        row.period(agency.validFrom(), agency.validTo(), "validTo");
        for (AgencyCode successor : agency.successors()) {
            if (successor.equals(agency.code()) || lookup(successor, batch).isEmpty()) {
                row.reject("successors", "unknown-successor");
            }
        }
    }

    private Optional<Agency> lookup(AgencyCode code, Map<String, Agency> batch) {
        return batch.containsKey(code.value()) ? Optional.of(batch.get(code.value())) : agencies.find(code);
    }

    @Override
    public Optional<Agency> find(String key) {
        return agencies.find(AgencyCode.of(key));
    }

    @Override
    public List<Agency> findAll(Collection<String> keys) {
        return agencies.findAll(keys);
    }

    @Override
    public List<Agency> all() {
        return agencies.all();
    }

    @Override
    public void insert(Agency agency) {
        agencies.insert(agency);
    }

    @Override
    public void update(Agency agency) {
        agencies.update(agency);
    }

    @Override
    public LocalDate closedOn(Agency agency) {
        return agency.validTo();
    }

    @Override
    public Agency closed(Agency agency, LocalDate last, List<String> successors) {
        List<AgencyCode> next = successors.isEmpty() ? agency.successors()
                : successors.stream().map(AgencyCode::of).toList();
        return new Agency(agency.code(), agency.name(), agency.shortName(), agency.kind(), agency.parentCode(),
                agency.unitCode(), agency.contact(), agency.validFrom(), last, next, agency.note());
    }

    @Override
    public RuntimeException notFound(String key) {
        return new AgencyNotFound(key);
    }

    @Override
    public RuntimeException duplicate(String key) {
        return new DuplicateAgencyCode(key);
    }
}
