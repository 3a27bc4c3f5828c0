package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.UnitNotFound;
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.UnitKind;
import vn.tinhso.organization.UnitLevel;
import vn.tinhso.organization.jdbc.Units;

/** Administrative units as rows: {@code code,name,level,kind,parentCode,validFrom,validTo,successors,note}. */
@Component
public class UnitSheet implements Sheet<AdministrativeUnit> {

    private static final Pattern CODE = Pattern.compile("\\d{2,5}");
    private static final List<String> COLUMNS = List.of("code", "name", "level", "kind", "parentCode", "validFrom",
            "validTo", "successors", "note");

    private final Units units;

    UnitSheet(Units units) {
        this.units = units;
    }

    @Override
    public String objectType() {
        return "AdministrativeUnit";
    }

    @Override
    public String action() {
        return "organization.unit";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public List<String> requiredColumns() {
        return List.of("code", "name", "level", "kind");
    }

    @Override
    public String keyOf(AdministrativeUnit unit) {
        return unit.code();
    }

    @Override
    public Map<String, Object> toRow(AdministrativeUnit unit) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("code", unit.code());
        row.put("name", unit.name());
        row.put("level", unit.level().name());
        row.put("kind", unit.kind().name());
        row.put("parentCode", unit.parentCode());
        row.put("validFrom", unit.validFrom());
        row.put("validTo", unit.validTo());
        row.put("successors", unit.successors());
        row.put("note", unit.note());
        return row;
    }

    @Override
    public AdministrativeUnit read(RowReader row) {
        String code = row.matching("code", CODE, true);
        String name = row.required("name");
        UnitLevel level = row.constant("level", UnitLevel.class);
        UnitKind kind = row.constant("kind", UnitKind.class);
        String parent = row.text("parentCode");
        LocalDate from = row.date("validFrom");
        LocalDate to = row.date("validTo");
        List<String> successors = row.list("successors");
        String note = row.text("note");
        if (!row.clean()) {
            return null;
        }
        return new AdministrativeUnit(code, name, level, kind, parent, from, to, successors, note);
    }

    @Override
    public void check(AdministrativeUnit unit, RowReader row, Map<String, AdministrativeUnit> batch) {
        if (unit.code().length() != unit.level().codeLength()) {
            row.reject("code", "code-level-mismatch");
        }
        if (unit.kind().level() != unit.level()) {
            row.reject("kind", "kind-level-mismatch");
        }
        checkParent(unit, row, batch);
        row.period(unit.validFrom(), unit.validTo(), "validTo");
        for (String successor : unit.successors()) {
            if (successor.equals(unit.code()) || lookup(successor, batch).isEmpty()) {
                row.reject("successors", "unknown-successor");
            }
        }
    }

    /** Provinces stand alone; districts sit under a province; communes under a district or (since 2025) a province. */
    private void checkParent(AdministrativeUnit unit, RowReader row, Map<String, AdministrativeUnit> batch) {
        if (unit.parentCode() == null) {
            if (unit.level() != UnitLevel.PROVINCE) {
                row.reject("parentCode", "required");
            }
            return;
        }
        Optional<AdministrativeUnit> parent = lookup(unit.parentCode(), batch);
        if (parent.isEmpty() || unit.parentCode().equals(unit.code())) {
            row.reject("parentCode", "unknown-parent");
        } else if (!unit.level().mayHaveParent(parent.get().level()) || skipsDistrictTooEarly(unit, parent.get())) {
            row.reject("parentCode", "parent-level-mismatch");
        }
    }

    /** Before two-level government a commune always sat under a district (or quận, thị xã, thành phố). */
    private static boolean skipsDistrictTooEarly(AdministrativeUnit unit, AdministrativeUnit parent) {
        return unit.level() == UnitLevel.COMMUNE && parent.level() == UnitLevel.PROVINCE
                && (unit.validFrom() == null || unit.validFrom().isBefore(UnitLevel.TWO_LEVEL_SINCE));
    }

    private Optional<AdministrativeUnit> lookup(String code, Map<String, AdministrativeUnit> batch) {
        return batch.containsKey(code) ? Optional.of(batch.get(code)) : units.find(code);
    }

    @Override
    public Optional<AdministrativeUnit> find(String key) {
        return units.find(key);
    }

    @Override
    public List<AdministrativeUnit> findAll(Collection<String> keys) {
        return units.findAll(keys);
    }

    @Override
    public List<AdministrativeUnit> all() {
        return units.all();
    }

    @Override
    public void insert(AdministrativeUnit unit) {
        units.insert(unit);
    }

    @Override
    public void update(AdministrativeUnit unit) {
        units.update(unit);
    }

    @Override
    public LocalDate closedOn(AdministrativeUnit unit) {
        return unit.validTo();
    }

    @Override
    public AdministrativeUnit closed(AdministrativeUnit unit, LocalDate last, List<String> successors) {
        return new AdministrativeUnit(unit.code(), unit.name(), unit.level(), unit.kind(), unit.parentCode(),
                unit.validFrom(), last, successors.isEmpty() ? unit.successors() : successors, unit.note());
    }

    @Override
    public RuntimeException notFound(String key) {
        return new UnitNotFound(key);
    }

    @Override
    public RuntimeException duplicate(String key) {
        return new DuplicateUnitCode(key);
    }
}
