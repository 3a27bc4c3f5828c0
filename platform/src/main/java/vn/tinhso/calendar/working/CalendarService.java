package vn.tinhso.calendar.working;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Service;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.Holiday;
import vn.tinhso.calendar.LunarDate;
import vn.tinhso.calendar.NegativeWorkingTime;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.calendar.WorkingTime;
import vn.tinhso.calendar.jdbc.DayOverrides;
import vn.tinhso.calendar.jdbc.HolidayRules;
import vn.tinhso.calendar.lunar.LunarCalendar;
import vn.tinhso.calendar.rules.YearCalendar;
import vn.tinhso.calendar.rules.YearCalendarBuilder;

/**
 * The calendar other modules use. Computed years are kept in memory: deadlines are computed on every dossier
 * screen, and a year changes only when an override is added or removed (then {@link #forgetComputedYears}).
 */
@Service
class CalendarService implements WorkingCalendar {

    private final HolidayRules rules;
    private final DayOverrides overrides;
    private final YearCalendarBuilder builder;
    private final WorkingClock clock;
    private final ZoneId zone;
    private final Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();
    /** Bumped on every eviction, so a year computed from data read before a change is never cached after it. */
    private final AtomicLong generation = new AtomicLong();

    CalendarService(HolidayRules rules, DayOverrides overrides, CalendarProperties properties) {
        this.rules = rules;
        this.overrides = overrides;
        this.builder = new YearCalendarBuilder(properties.workingWeekdays(), LunarCalendar.VIETNAM);
        this.zone = properties.timeZone();
        this.clock = new WorkingClock(this::isWorkingDay, properties.sessions(), zone);
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return year(DateOutOfRange.check(date).getYear()).isWorkingDay(date);
    }

    @Override
    public ZoneId timeZone() {
        return zone;
    }

    @Override
    public Instant nextWorkingMoment(Instant instant) {
        return clock.nextWorkingMoment(instant);
    }

    @Override
    public Instant addWorkingDays(Instant from, int days) {
        if (days < 0) {
            throw new NegativeWorkingTime("days", days);
        }
        return clock.plusDays(from, days);
    }

    @Override
    public Instant addWorkingTime(Instant from, Duration duration) {
        if (duration.isNegative()) {
            throw new NegativeWorkingTime("duration", duration);
        }
        return clock.plus(from, duration);
    }

    @Override
    public WorkingTime workingTimeBetween(Instant from, Instant to) {
        return new WorkingTime(clock.between(from, to), clock.workingDayLength());
    }

    @Override
    public List<Holiday> holidays(int year) {
        return year(year).holidays();
    }

    @Override
    public List<LocalDate> extraWorkingDays(int year) {
        return year(year).extraWorkingDaysInOrder();
    }

    @Override
    public LunarDate toLunar(LocalDate date) {
        return LunarCalendar.VIETNAM.toLunar(date);
    }

    @Override
    public LocalDate toSolar(LunarDate date) {
        return LunarCalendar.VIETNAM.toSolar(date);
    }

    void forgetComputedYears() {
        generation.incrementAndGet();
        years.clear();
    }

    private YearCalendar year(int year) {
        DateOutOfRange.checkYear(year);
        YearCalendar cached = years.get(year);
        if (cached != null) {
            return cached;
        }
        long seen = generation.get();
        YearCalendar computed = builder.build(year, rules.inForceDuring(year), overrides.inYear(year));
        if (generation.get() == seen) {
            years.putIfAbsent(year, computed);
        }
        return computed;
    }
}
