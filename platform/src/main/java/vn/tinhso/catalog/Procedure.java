package vn.tinhso.catalog;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One version of an administrative procedure (thủ tục hành chính, TTHC). A dossier records the code and version
 * it was submitted under and keeps them when the procedure changes.
 */
public record Procedure(ProcedureCode code, int version, ProcedureStatus status, ProcedureDefinition definition,
        Instant publishedAt) {

    public String name() {
        return definition.name();
    }

    /** The documents the given case requires. */
    public List<RequiredDocument> documentsFor(String caseId) {
        return definition.documents().stream().filter(document -> document.appliesTo(caseId)).toList();
    }

    /** The most specific time limit for a case and channel. */
    public Optional<TimeLimit> timeLimitFor(String caseId, Channel channel) {
        return definition.timeLimits().stream().filter(limit -> limit.appliesTo(caseId, channel))
                .max(Comparator.comparingInt(TimeLimit::specificity));
    }

    /** The e-form of a case, falling back to the procedure's common form. */
    public Optional<EForm> formFor(String caseId) {
        return definition.forms().stream().filter(form -> caseId != null && caseId.equals(form.caseId()))
                .findFirst()
                .or(() -> definition.forms().stream().filter(form -> form.caseId() == null).findFirst());
    }

    /** Fees and time for one application. */
    public Quote quote(QuoteRequest request) {
        String caseId = resolveCase(request.caseId());
        QuoteRequest resolved = new QuoteRequest(caseId, request.applicantType(), request.area(),
                request.objectType(), request.quantity(), request.channel());
        List<Quote.Line> lines = definition.fees().stream().filter(rule -> rule.matches(resolved))
                .map(rule -> line(rule, resolved.quantity())).toList();
        long total = lines.stream().mapToLong(Quote.Line::amountVnd).sum();
        return new Quote(code.value(), version, caseId, resolved.channel(), lines, total,
                timeLimitFor(caseId, resolved.channel()).orElse(null), definition.excludedPeriods());
    }

    private String resolveCase(String caseId) {
        if (caseId == null) {
            return definition.cases().size() == 1 ? definition.cases().getFirst().id() : null;
        }
        if (definition.cases().stream().noneMatch(aCase -> aCase.id().equals(caseId))) {
            throw new ProcedureCaseNotFound(code.value(), caseId);
        }
        return caseId;
    }

    private static Quote.Line line(FeeRule rule, int quantity) {
        int count = rule.basis() == FeeRule.Basis.PER_ITEM ? quantity : 1;
        return new Quote.Line(rule.name(), rule.kind(), rule.amountVnd(), count, rule.amountVnd() * count,
                rule.legalBasis());
    }
}
