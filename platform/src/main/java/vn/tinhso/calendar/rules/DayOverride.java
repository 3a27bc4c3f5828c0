package vn.tinhso.calendar.rules;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What the government actually announced for one day of one year (ngày nghỉ/làm bù theo thông báo): the last word
 * over the statutory rules, maintained by the provincial catalogue administrator.
 *
 * @param reference the decision or notice (số, ngày của văn bản)
 * @param note      caveats such as "chưa xác nhận / unconfirmed"
 */
public record DayOverride(LocalDate date, Kind kind, String nameVi, String nameEn, String reference, String note,
        String createdBy, Instant createdAt) {

    public enum Kind {
        /** Nghỉ: a weekday off (a swapped day, an extra day of Tết). */
        DAY_OFF,
        /** Làm việc: a Saturday worked to make up a swapped day, or a rule day the decision moved elsewhere. */
        WORKING_DAY
    }
}
