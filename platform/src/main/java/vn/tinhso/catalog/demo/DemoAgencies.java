package vn.tinhso.catalog.demo;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.ProcedureDefinition;

/**
 * Which agencies of the demo province implement each demo procedure: commune-level procedures by the demo
 * communes' People's Committees, provincial ones by the department of their field, per the demo organisation
 * catalogue's QCVN 102 codes.
 */
@Component
class DemoAgencies {

    /** Demo communes' People's Committees (UBND xã, phường) that receive commune-level dossiers. */
    static final List<String> COMMUNES = List.of("000.01.01.H55", "000.02.01.H55");
    /** Provincial one-stop centre (Trung tâm Phục vụ hành chính công tỉnh). */
    static final String ONE_STOP_CENTRE = "000.00.30.H55";

    /** Provincial department by procedure field. */
    static final Map<String, String> DEPARTMENTS = Map.ofEntries(
            Map.entry("land", "000.00.15.H55"),
            Map.entry("civil_status", "000.00.10.H55"),
            Map.entry("certification", "000.00.10.H55"),
            Map.entry("judicial_record", "000.00.10.H55"),
            Map.entry("construction", "000.00.12.H55"),
            Map.entry("enterprise", "000.00.05.H55"),
            Map.entry("business_household", "000.00.05.H55"),
            Map.entry("transport_driving_licence", "000.00.13.H55"),
            Map.entry("agriculture", "000.00.07.H55"),
            Map.entry("education", "000.00.09.H55"),
            Map.entry("culture", "000.00.08.H55"),
            Map.entry("social_assistance", "000.00.11.H55"),
            Map.entry("labour_social_insurance", "000.00.11.H55"),
            Map.entry("health_insurance", "000.00.14.H55"),
            Map.entry("residence", "000.00.20.H55"));

    ProcedureDefinition assign(ProcedureDefinition definition) {
        if (!definition.implementingAgencies().isEmpty()) {
            return definition;
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
        return new ProcedureDefinition(definition.code(), definition.name(), definition.field(),
                definition.levels(), definition.onlineMode(), List.copyOf(agencies), definition.resultTypes(),
                definition.legalBasis(), definition.description(), definition.conditions(), definition.subjects(),
                definition.cases(), definition.timeLimits(), definition.documents(), definition.steps(),
                definition.excludedPeriods(), definition.fees(), definition.forms(), definition.sourceUrl());
    }
}
