package vn.tinhso.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Ngày nghỉ / làm bù theo thông báo: one day the government's notice gives off ({@code dayOff}) or makes a working
 * day, with the notice it comes from ({@code reference}) and caveats ({@code note}).
 */
public record CalendarOverride(LocalDate date, boolean dayOff, String nameVi, String nameEn, String reference,
        String note, String createdBy, Instant createdAt) {

    /** What the administrator fills in. */
    public record Entry(LocalDate date, boolean dayOff, String nameVi, String nameEn, String reference, String note) {
    }
}
