package vn.tinhso.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The rules every procedure definition must keep before it is saved. */
final class DefinitionRules {

    private static final Pattern AGENCY_CODE = Pattern.compile("[0-9A-Z.]{1,35}");

    private DefinitionRules() {
    }

    static List<ProcedureDefinitionInvalid.Violation> check(ProcedureDefinition definition, String sheet,
            Integer row) {
        List<ProcedureDefinitionInvalid.Violation> violations = new ArrayList<>();
        Checker check = (ok, column, reason) -> {
            if (!ok) {
                violations.add(new ProcedureDefinitionInvalid.Violation(sheet, row, column, reason));
            }
        };
        check.that(ProcedureCode.isWellFormed(definition.code()), "code",
                "Mã thủ tục không đúng định dạng (ví dụ 1.001193): " + definition.code());
        check.that(definition.name() != null && !definition.name().isBlank(), "name", "Thiếu tên thủ tục");
        check.that(!definition.levels().isEmpty(), "levels", "Thiếu cấp thực hiện");
        Set<String> cases = new HashSet<>();
        definition.cases().forEach(aCase -> check.that(aCase.id() != null && cases.add(aCase.id()), "cases",
                "Mã trường hợp trống hoặc trùng: " + aCase.id()));
        Stream.of(definition.documents().stream().flatMap(document -> document.caseIds().stream()),
                        definition.timeLimits().stream().map(TimeLimit::caseId),
                        definition.fees().stream().flatMap(fee -> fee.caseIds().stream()),
                        definition.forms().stream().map(EForm::caseId))
                .flatMap(s -> s).filter(id -> id != null && !cases.contains(id)).distinct()
                .forEach(id -> check.that(false, "cases", "Tham chiếu đến trường hợp không có: " + id));
        definition.implementingAgencies().forEach(code -> check.that(AGENCY_CODE.matcher(code).matches(),
                "implementingAgencies", "Mã cơ quan không đúng QCVN 102: " + code));
        definition.documents().forEach(document -> check.that(document.name() != null && !document.name().isBlank()
                && document.originals() >= 0 && document.copies() >= 0, "documents",
                "Thành phần hồ sơ thiếu tên hoặc số bản âm"));
        Set<String> documentIds = new HashSet<>();
        definition.documents().forEach(document -> check.that(document.id() != null
                && documentIds.add(document.id()), "documents", "Mã thành phần hồ sơ trống hoặc trùng: "
                + document.id()));
        definition.forms().forEach(form -> form.fields().forEach(field -> check.that(field.name() != null
                && field.type() != null, "forms", "Trường biểu mẫu thiếu tên hoặc kiểu")));
        Set<String> excluded = new HashSet<>();
        definition.excludedPeriods().forEach(period -> excluded.add(period.id()));
        definition.steps().stream().filter(step -> step.excludedPeriod() != null
                        && !excluded.contains(step.excludedPeriod()))
                .forEach(step -> check.that(false, "steps", "Bước " + step.order()
                        + " tham chiếu đến khoảng thời gian không tính vào thời hạn không có: "
                        + step.excludedPeriod()));
        return violations;
    }

    @FunctionalInterface
    private interface Checker {
        void that(boolean ok, String column, String reason);
    }
}
