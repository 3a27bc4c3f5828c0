package vn.tinhso.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * Điều chỉnh lịch làm việc: what the catalogue administrator enters from the government's yearly notice — a weekday
 * given off or a Saturday worked — with the same checks and audit as {@code /api/v1/calendar/overrides}. Deadlines use
 * the new calendar from the next call after the change commits.
 */
public interface CalendarOverrides {

    /** The overrides of {@code year}, in date order. */
    List<CalendarOverride> inYear(int year);

    /**
     * Records one day; a day has one override at most (withdraw the old one first, so the audit log shows both).
     *
     * @throws vn.tinhso.shared.Problem when the day already has one or lies out of range
     */
    CalendarOverride add(CalendarOverride.Entry entry);

    /** Withdraws the override of {@code date} (audited); the day follows the statutory rules again. */
    void withdraw(LocalDate date);
}
