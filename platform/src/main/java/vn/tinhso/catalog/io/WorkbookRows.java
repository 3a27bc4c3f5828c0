package vn.tinhso.catalog.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.tinhso.catalog.ProcedureDefinition;

/** Lays definitions out as the rows of each sheet: the inverse of {@link DefinitionBuilder}. */
final class WorkbookRows {

    private WorkbookRows() {
    }

    static Map<Sheet, List<List<Object>>> of(List<ProcedureDefinition> definitions) {
        Map<Sheet, List<List<Object>>> rows = new EnumMap<>(Sheet.class);
        for (Sheet sheet : Sheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }
        definitions.forEach(definition -> add(definition, rows));
        return rows;
    }

    private static void add(ProcedureDefinition d, Map<Sheet, List<List<Object>>> rows) {
        String code = d.code();
        rows.get(Sheet.PROCEDURES).add(row(code, d.name(), d.field() == null ? null : d.field().code(),
                d.field() == null ? null : d.field().name(), join(d.levels().stream().map(Vocabulary.LEVELS::label)
                        .toList()), Vocabulary.ONLINE.label(d.onlineMode()), join(d.implementingAgencies()),
                joinLines(d.resultTypes()), joinLines(d.legalBasis()), d.description(), d.conditions(),
                joinLines(d.subjects()), d.sourceUrl()));
        d.cases().forEach(c -> rows.get(Sheet.CASES).add(row(code, c.id(), c.name(), c.description(),
                join(c.applicantTypes().stream().map(Vocabulary.APPLICANTS::label).toList()))));
        d.timeLimits().forEach(t -> rows.get(Sheet.TIME_LIMITS).add(row(code, t.amount(),
                Vocabulary.UNITS.label(t.unit()), t.channel() == null ? null : Vocabulary.CHANNELS.label(t.channel()),
                t.caseId(), t.note())));
        d.documents().forEach(doc -> rows.get(Sheet.DOCUMENTS).add(row(code, doc.id(), doc.name(), doc.originals(),
                doc.copies(), yesNo(doc.mandatory()), yesNo(doc.toShow()), doc.formTemplate(),
                join(doc.caseIds()))));
        d.fees().forEach(f -> rows.get(Sheet.FEES).add(row(code, f.name(), Vocabulary.FEE_KINDS.label(f.kind()),
                f.amountVnd(), Vocabulary.FEE_BASES.label(f.basis()),
                join(f.applicantTypes().stream().sorted().map(Vocabulary.APPLICANTS::label).toList()),
                f.area() == null ? null : Vocabulary.AREAS.label(f.area()), f.objectType(),
                join(f.channels().stream().sorted().map(Vocabulary.CHANNELS::label).toList()),
                join(f.caseIds().stream().sorted().toList()), f.legalBasis())));
        d.steps().forEach(s -> rows.get(Sheet.STEPS).add(row(code, s.order(), s.name(), s.unitType(),
                s.workingDays(), yesNo(s.interAgency()), s.parallelGroup(), s.description(), s.excludedPeriod(),
                yesNo(s.paymentProofRequired()))));
        d.excludedPeriods().forEach(e -> rows.get(Sheet.EXCLUDED).add(row(code, e.id(), e.name(),
                e.maxWorkingDays(), e.description())));
        d.forms().forEach(form -> form.fields().forEach(field -> rows.get(Sheet.FORM_FIELDS).add(row(code,
                form.caseId(), form.title(), field.name(), field.label(), Vocabulary.FIELD_TYPES.label(field.type()),
                yesNo(field.required()), field.pattern(), joinLines(field.options()),
                field.autoFill() == null ? null : Vocabulary.AUTOFILL.label(field.autoFill().source()),
                field.autoFill() == null ? null : field.autoFill().attribute(), field.section(), field.width()))));
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }

    private static String join(Collection<String> values) {
        return values.isEmpty() ? null : String.join("; ", values);
    }

    private static String joinLines(Collection<String> values) {
        return values.isEmpty() ? null : values.stream().collect(Collectors.joining("\n"));
    }

    private static String yesNo(boolean value) {
        return value ? "Có" : "Không";
    }
}
