package vn.tinhso.catalog.io;

import static vn.tinhso.catalog.io.Vocabulary.APPLICANTS;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.ExcludedPeriod;
import vn.tinhso.catalog.FeeRule;
import vn.tinhso.catalog.FormField;
import vn.tinhso.catalog.ProcedureCase;
import vn.tinhso.catalog.ProcedureCode;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.ProcessingStep;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.catalog.TimeLimit;

/** Collects the rows of every sheet that belong to one procedure into its definition. */
final class DefinitionBuilder {

    private final int row;
    private final ProcedureDefinition head;
    private final List<ProcedureCase> cases = new ArrayList<>();
    private final List<TimeLimit> timeLimits = new ArrayList<>();
    private final List<RequiredDocument> documents = new ArrayList<>();
    private final List<FeeRule> fees = new ArrayList<>();
    private final List<ProcessingStep> steps = new ArrayList<>();
    private final List<ExcludedPeriod> excluded = new ArrayList<>();
    private final Map<String, FormDraft> forms = new LinkedHashMap<>();

    private DefinitionBuilder(int row, ProcedureDefinition head) {
        this.row = row;
        this.head = head;
    }

    int row() {
        return row;
    }

    static void accept(Sheet layout, SheetRow row, Map<String, DefinitionBuilder> procedures) {
        String code = row.required(0);
        if (layout == Sheet.PROCEDURES) {
            if (!code.isEmpty() && !ProcedureCode.isWellFormed(code)) {
                row.fail(0, "Mã thủ tục không đúng định dạng (ví dụ 1.001193): " + code);
            }
            if (procedures.containsKey(code)) {
                row.fail(0, "Mã thủ tục bị trùng: " + code);
            } else {
                procedures.put(code, new DefinitionBuilder(row.number(), head(code, row)));
            }
            return;
        }
        DefinitionBuilder builder = procedures.get(code);
        if (builder == null) {
            row.fail(0, "Mã thủ tục không có trong trang " + Sheet.PROCEDURES.title + ": " + code);
            return;
        }
        builder.add(layout, row);
    }

    private static ProcedureDefinition head(String code, SheetRow row) {
        String fieldCode = row.textOrNull(2);
        String fieldName = row.textOrNull(3);
        return new ProcedureDefinition(code, row.required(1),
                fieldCode == null && fieldName == null ? null : new ProcedureDefinition.Field(fieldCode, fieldName),
                row.values(Vocabulary.LEVELS, 4), row.value(Vocabulary.ONLINE, 5, null), row.list(6),
                row.lines(7), row.lines(8), row.textOrNull(9), row.textOrNull(10), row.lines(11),
                null, null, null, null, null, null, null, row.textOrNull(12));
    }

    private void add(Sheet layout, SheetRow row) {
        switch (layout) {
            case CASES -> cases.add(new ProcedureCase(row.required(1), row.required(2), row.textOrNull(3),
                    row.values(APPLICANTS, 4)));
            case TIME_LIMITS -> {
                var amount = row.requiredDecimal(1);
                if (amount == null) {
                    return;
                }
                timeLimits.add(new TimeLimit(amount, row.value(Vocabulary.UNITS, 2, null),
                        row.value(Vocabulary.CHANNELS, 3, null), row.textOrNull(4), row.textOrNull(5)));
            }
            case DOCUMENTS -> documents.add(new RequiredDocument(row.required(1), row.required(2),
                    row.integer(3, 0), row.integer(4, 0), row.bool(5), row.bool(6), row.textOrNull(7),
                    row.list(8)));
            case FEES -> fees.add(new FeeRule(row.required(1), row.value(Vocabulary.FEE_KINDS, 2, FeeRule.Kind.FEE),
                    row.integer(3, 0), row.value(Vocabulary.FEE_BASES, 4, null),
                    new HashSet<>(row.values(APPLICANTS, 5)), row.value(Vocabulary.AREAS, 6, null),
                    row.textOrNull(7), new HashSet<>(row.values(Vocabulary.CHANNELS, 8)), new HashSet<>(row.list(9)),
                    row.textOrNull(10)));
            case STEPS -> steps.add(new ProcessingStep(row.integer(1, steps.size() + 1), row.required(2),
                    row.textOrNull(3), row.decimal(4), row.bool(5), row.textOrNull(6), row.textOrNull(7),
                    row.textOrNull(8), row.bool(9)));
            case EXCLUDED -> excluded.add(new ExcludedPeriod(row.required(1), row.required(2), row.decimal(3),
                    row.textOrNull(4)));
            case FORM_FIELDS -> addField(row);
            case PROCEDURES -> throw new IllegalStateException("handled in accept");
        }
    }

    private void addField(SheetRow row) {
        String caseId = row.textOrNull(1);
        FormDraft form = forms.computeIfAbsent(caseId == null ? "" : caseId,
                key -> new FormDraft(caseId, row.textOrNull(2), new ArrayList<>()));
        FormField.AutoFill.Source source = row.value(Vocabulary.AUTOFILL, 9, null);
        form.fields().add(new FormField(row.required(3), row.required(4),
                row.value(Vocabulary.FIELD_TYPES, 5, FormField.Type.TEXT), row.bool(6), row.textOrNull(7),
                row.lines(8), source == null ? null : new FormField.AutoFill(source, row.textOrNull(10)),
                row.textOrNull(11), row.text(12).isEmpty() ? null : row.integer(12, 12)));
    }

    ProcedureDefinition build() {
        return new ProcedureDefinition(head.code(), head.name(), head.field(), head.levels(), head.onlineMode(),
                head.implementingAgencies(), head.resultTypes(), head.legalBasis(), head.description(),
                head.conditions(), head.subjects(), cases, timeLimits, documents, steps, excluded, fees,
                forms.values().stream().map(form -> new EForm(form.caseId(), form.title(), form.fields())).toList(),
                head.sourceUrl());
    }

    private record FormDraft(String caseId, String title, List<FormField> fields) {
    }
}
