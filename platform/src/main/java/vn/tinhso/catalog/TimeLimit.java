package vn.tinhso.catalog;

import java.math.BigDecimal;

/**
 * A time limit for settling a dossier (thời hạn giải quyết), e.g. 27 working days for households at the counter.
 *
 * @param amount  how much; {@code 0} means settled on the day of receipt
 * @param unit    in which unit
 * @param channel the channel it applies to, or {@code null} for every channel
 * @param caseId  the case it applies to, or {@code null} for every case
 * @param note    the wording of the source, e.g. "kể từ ngày nhận đủ hồ sơ hợp lệ"
 */
public record TimeLimit(BigDecimal amount, Unit unit, Channel channel, String caseId, String note) {

    public TimeLimit {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("A time limit is zero or more");
        }
        unit = unit == null ? Unit.WORKING_DAYS : unit;
    }

    /** Specificity: a limit for this case and channel beats one for the case, beats one for the channel. */
    int specificity() {
        return (caseId != null ? 2 : 0) + (channel != null ? 1 : 0);
    }

    boolean appliesTo(String aCase, Channel aChannel) {
        return (caseId == null || caseId.equals(aCase)) && (channel == null || channel == aChannel);
    }

    /** Units of a time limit. */
    public enum Unit {
        WORKING_DAYS,
        WORKING_HOURS,
        CALENDAR_DAYS
    }
}
