package vn.tinhso.catalog;

import java.util.List;

/**
 * The fees and the time limit that apply to one application, with the rules they come from.
 *
 * @param timeLimit the most specific time limit for the case and channel, or {@code null} if none is published
 */
public record Quote(String procedureCode, int version, String caseId, Channel channel, List<Line> fees,
        long totalVnd, TimeLimit timeLimit, List<ExcludedPeriod> excludedPeriods) {

    /** One fee line: the rule's amount times the quantity. */
    public record Line(String name, FeeRule.Kind kind, long unitAmountVnd, int quantity, long amountVnd,
            String legalBasis) {
    }
}
