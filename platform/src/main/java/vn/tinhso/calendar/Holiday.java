package vn.tinhso.calendar;

import java.time.LocalDate;

/**
 * A day off (ngày nghỉ) of the civil service: a public holiday, a compensatory day or a day the government gave.
 *
 * @param legalBasis the article or notice it rests on (căn cứ pháp lý)
 * @param note       caveats, e.g. that a decision was read only in the press; may be {@code null}
 */
public record Holiday(LocalDate date, String nameVi, String nameEn, Kind kind, String legalBasis, String note) {

    /** Where the day off comes from. */
    public enum Kind {
        /** Ngày nghỉ lễ, tết by statute (Labour Code). */
        STATUTORY,
        /** Ngày nghỉ bù: a holiday fell on the weekly rest day. */
        COMPENSATORY,
        /** Ngày nghỉ theo quyết định/thông báo của Chính phủ for that year (incl. swapped days). */
        GOVERNMENT_DECISION
    }
}
