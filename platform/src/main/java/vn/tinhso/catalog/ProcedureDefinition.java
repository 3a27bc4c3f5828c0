package vn.tinhso.catalog;

import java.util.List;

/**
 * The content of a procedure as an administrator writes it and as the national procedure database publishes it.
 * A {@link Procedure} is one version of it with a status.
 *
 * @param field                the field (lĩnh vực): code and Vietnamese name
 * @param implementingAgencies QCVN 102 codes of the agencies of the province that implement it
 * @param legalBasis           the legal documents it rests on (căn cứ pháp lý)
 * @param sourceUrl            where it was published, for traceability
 */
public record ProcedureDefinition(
        String code,
        String name,
        Field field,
        List<AdministrativeLevel> levels,
        OnlineMode onlineMode,
        List<String> implementingAgencies,
        List<String> resultTypes,
        List<String> legalBasis,
        String description,
        String conditions,
        List<String> subjects,
        List<ProcedureCase> cases,
        List<TimeLimit> timeLimits,
        List<RequiredDocument> documents,
        List<ProcessingStep> steps,
        List<ExcludedPeriod> excludedPeriods,
        List<FeeRule> fees,
        List<EForm> forms,
        String sourceUrl) {

    public ProcedureDefinition {
        levels = copy(levels);
        implementingAgencies = copy(implementingAgencies);
        resultTypes = copy(resultTypes);
        legalBasis = copy(legalBasis);
        subjects = copy(subjects);
        cases = copy(cases);
        timeLimits = copy(timeLimits);
        documents = copy(documents);
        steps = copy(steps);
        excludedPeriods = copy(excludedPeriods);
        fees = copy(fees);
        forms = copy(forms);
        onlineMode = onlineMode == null ? OnlineMode.NOT_ONLINE : onlineMode;
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** Lĩnh vực: e.g. {@code land} / "Đất đai". */
    public record Field(String code, String name) {
    }
}
