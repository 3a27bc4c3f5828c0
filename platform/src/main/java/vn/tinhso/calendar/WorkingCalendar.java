package vn.tinhso.calendar;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The working-day calendar of the province's civil service (lịch làm việc): which days are worked and how working
 * time adds up, for statutory deadlines (hạn giải quyết) and appointment dates (ngày hẹn trả).
 *
 * <p>A <em>working moment</em> is an instant on a working day within a working session, both ends included
 * (07:30–11:30 and 13:30–17:00 by default). Every method accepts any instant and first moves it to the next working
 * moment: a dossier received on Saturday starts its clock on Monday at 07:30. All dates must lie within
 * 1900-01-01..2100-12-31, otherwise {@link DateOutOfRange}.
 */
public interface WorkingCalendar {

    /** Mon–Fri that is no holiday, compensatory day or day off by decision; or a Saturday the government made a working day. */
    boolean isWorkingDay(LocalDate date);

    /** The offices' time zone: working hours are on its wall clock. */
    ZoneId timeZone();

    /** The first working moment at or after {@code instant}. */
    Instant nextWorkingMoment(Instant instant);

    /**
     * The same working-clock position {@code days} working days later: received Thursday 10:00, three working days
     * is 10:00 on the third working day after. Zero days returns {@link #nextWorkingMoment}.
     *
     * @throws NegativeWorkingTime when {@code days} is negative
     */
    Instant addWorkingDays(Instant from, int days);

    /**
     * The moment when {@code duration} of working time has passed, counting only working sessions; may end exactly
     * at the end of a session (the 8-working-hour rule received at 13:30 ends at 11:00 the next working day).
     *
     * @throws NegativeWorkingTime when {@code duration} is negative
     */
    Instant addWorkingTime(Instant from, Duration duration);

    /**
     * Working days given in fractions, as time limits and step budgets are ("0,5 ngày làm việc"): the whole days as
     * {@link #addWorkingDays(Instant, int)}, then the fraction as working time, a working day counting eight hours.
     */
    default Instant addWorkingDays(Instant from, BigDecimal days) {
        int whole = days.intValue();
        BigDecimal fraction = days.subtract(BigDecimal.valueOf(whole));
        return addWorkingTime(addWorkingDays(from, whole),
                Duration.ofSeconds(fraction.multiply(BigDecimal.valueOf(Duration.ofHours(8).toSeconds())).longValue()));
    }

    default Instant addWorkingHours(Instant from, int hours) {
        if (hours < 0) {
            throw new NegativeWorkingTime("hours", hours);
        }
        return addWorkingTime(from, Duration.ofHours(hours));
    }

    /**
     * Working time in [from, to]: for a clock that runs from {@code from}, what it shows at {@code to}.
     *
     * @throws EndBeforeStart when {@code to} is before {@code from}
     */
    WorkingTime workingTimeBetween(Instant from, Instant to);

    /** Days off of the year: statutory holidays (also those on a weekend), compensatory days, days off by decision. */
    List<Holiday> holidays(int year);

    /** Saturdays or Sundays the government made working days that year (ngày làm bù), in date order. */
    List<LocalDate> extraWorkingDays(int year);

    LunarDate toLunar(LocalDate date);

    LocalDate toSolar(LunarDate date);
}
