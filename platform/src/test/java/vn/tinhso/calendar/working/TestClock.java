package vn.tinhso.calendar.working;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.rules.DayOverride;
import vn.tinhso.calendar.rules.TestRules;
import vn.tinhso.calendar.rules.YearCalendar;
import vn.tinhso.calendar.rules.YearCalendarBuilder;
import vn.tinhso.calendar.working.CalendarProperties.Session;

/** A working clock on the Labour Code 2019 rules and the default hours, without database or Spring. */
final class TestClock {

    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final List<Session> SESSIONS = new CalendarProperties(HANOI, List.of("07:30-11:30", "13:30-17:00"),
            TestRules.MONDAY_TO_FRIDAY).sessions();

    private TestClock() {
    }

    static WorkingClock withOverrides(DayOverride... overrides) {
        YearCalendarBuilder builder = TestRules.builder();
        Map<Integer, YearCalendar> years = new ConcurrentHashMap<>();
        return new WorkingClock(day -> years.computeIfAbsent(DateOutOfRange.check(day).getYear(),
                year -> builder.build(year, TestRules.labourCode2019(),
                        List.of(overrides).stream().filter(o -> o.date().getYear() == year).toList()))
                .isWorkingDay(day), SESSIONS, HANOI);
    }

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(HANOI).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return LocalDateTime.ofInstant(instant, HANOI);
    }

    static LocalDate day(String text) {
        return LocalDate.parse(text);
    }
}
