package vn.tinhso.catalog.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.ProcedureDefinition;

/**
 * Which agencies of the demo province implement each demo procedure, by the demo organisation catalogue's QCVN 102
 * codes. The national-portal procedures are today's (two-level government), so they go to Cần Thơ's agencies:
 * commune-level ones to the demo wards' and communes' People's Committees, provincial ones to the department of
 * their field and the one-stop centre. The Sóc Trăng land certificate of the 2018 architecture names its own
 * (pre-2025) agencies.
 */
@Component
class DemoAgencies {

    /** Demo wards' and communes' People's Committees of Cần Thơ that took over Sóc Trăng areas. */
    static final List<String> COMMUNES = List.of("000.00.51.H92", "000.00.52.H92", "000.00.53.H92");
    /** Trung tâm Phục vụ hành chính công thành phố Cần Thơ. */
    static final String ONE_STOP_CENTRE = "000.01.01.H92";

    /** Cần Thơ department by procedure field (after the 2025 mergers: agriculture and environment, justice...). */
    static final Map<String, String> DEPARTMENTS = Map.ofEntries(
            Map.entry("land", "000.00.04.H92"),
            Map.entry("agriculture", "000.00.04.H92"),
            Map.entry("civil_status", "000.00.05.H92"),
            Map.entry("certification", "000.00.05.H92"),
            Map.entry("judicial_record", "000.00.05.H92"),
            Map.entry("construction", "000.00.07.H92"),
            Map.entry("transport_driving_licence", "000.00.07.H92"),
            Map.entry("education", "000.00.09.H92"),
            Map.entry("residence", "000.00.10.H92"));

    /** Sóc Trăng (before 2025): one-stop centre, DONRE, land registration office, wards 1 and 2. */
    static final List<String> SOC_TRANG_LAND = List.of("000.01.01.H55", "000.00.11.H55", "000.01.11.H55",
            "000.11.29.H55", "000.12.29.H55");

    ProcedureDefinition assign(ProcedureDefinition definition) {
        if (!definition.implementingAgencies().isEmpty()) {
            return definition;
        }
        if (definition.code().startsWith("STG-")) {
            return withAgencies(definition, SOC_TRANG_LAND);
        }
        Set<String> agencies = new LinkedHashSet<>();
        if (definition.levels().contains(AdministrativeLevel.COMMUNE)
                || definition.levels().contains(AdministrativeLevel.DISTRICT)) {
            agencies.addAll(COMMUNES);
        }
        if (definition.levels().contains(AdministrativeLevel.PROVINCE) && definition.field() != null) {
            String department = DEPARTMENTS.get(definition.field().code());
            if (department != null) {
                agencies.add(department);
            }
            agencies.add(ONE_STOP_CENTRE);
        }
        return withAgencies(definition, List.copyOf(agencies));
    }

    private static ProcedureDefinition withAgencies(ProcedureDefinition d, List<String> agencies) {
        return new ProcedureDefinition(d.code(), d.name(), d.field(), d.levels(), d.onlineMode(), agencies,
                d.resultTypes(), d.legalBasis(), d.description(), d.conditions(), d.subjects(), d.cases(),
                d.timeLimits(), d.documents(), d.steps(), d.excludedPeriods(), d.fees(), d.forms(), d.sourceUrl());
    }
}
