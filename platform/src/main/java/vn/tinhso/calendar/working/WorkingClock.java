package vn.tinhso.calendar.working;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Predicate;
import vn.tinhso.calendar.EndBeforeStart;
import vn.tinhso.calendar.working.CalendarProperties.Session;

/**
 * Counts working time on the wall clock of the offices. Knows nothing of holidays: which days are worked comes from
 * the predicate. Every working day has the same sessions, so "the same working-clock position" on another day is
 * simply the same local time.
 */
final class WorkingClock {

    private final Predicate<LocalDate> workingDay;
    private final List<Session> sessions;
    private final ZoneId zone;

    WorkingClock(Predicate<LocalDate> workingDay, List<Session> sessions, ZoneId zone) {
        this.workingDay = workingDay;
        this.sessions = List.copyOf(sessions);
        this.zone = zone;
    }

    Duration workingDayLength() {
        return sessions.stream().map(s -> Duration.between(s.start(), s.end())).reduce(Duration.ZERO, Duration::plus);
    }

    Instant nextWorkingMoment(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        LocalDate day = local.toLocalDate();
        LocalTime time = local.toLocalTime();
        if (workingDay.test(day)) {
            for (Session session : sessions) {
                if (!time.isAfter(session.end())) {
                    return time.isBefore(session.start()) ? at(day, session.start()) : instant;
                }
            }
        }
        return at(nextWorkingDayAfter(day), sessions.getFirst().start());
    }

    Instant plusDays(Instant from, long days) {
        ZonedDateTime start = nextWorkingMoment(from).atZone(zone);
        LocalDate day = start.toLocalDate();
        for (long i = 0; i < days; i++) {
            day = nextWorkingDayAfter(day);
        }
        return at(day, start.toLocalTime());
    }

    /** Spends {@code amount} session by session; the result may be the very end of a session. */
    Instant plus(Instant from, Duration amount) {
        ZonedDateTime start = nextWorkingMoment(from).atZone(zone);
        LocalDate day = start.toLocalDate();
        LocalTime time = start.toLocalTime();
        Duration remaining = amount;
        while (true) {
            for (Session session : sessions) {
                if (time.isAfter(session.end())) {
                    continue;
                }
                LocalTime begin = time.isBefore(session.start()) ? session.start() : time;
                Duration available = Duration.between(begin, session.end());
                if (remaining.compareTo(available) <= 0) {
                    return at(day, begin.plus(remaining));
                }
                remaining = remaining.minus(available);
            }
            day = nextWorkingDayAfter(day);
            time = LocalTime.MIN;
        }
    }

    /** Working time within [from, to]. */
    Duration between(Instant from, Instant to) {
        if (to.isBefore(from)) {
            throw new EndBeforeStart(from, to);
        }
        ZonedDateTime start = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        Duration total = Duration.ZERO;
        for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
            if (workingDay.test(day)) {
                LocalTime lower = day.equals(start.toLocalDate()) ? start.toLocalTime() : LocalTime.MIN;
                LocalTime upper = day.equals(end.toLocalDate()) ? end.toLocalTime() : LocalTime.MAX;
                total = total.plus(overlap(lower, upper));
            }
        }
        return total;
    }

    private Duration overlap(LocalTime lower, LocalTime upper) {
        Duration sum = Duration.ZERO;
        for (Session session : sessions) {
            LocalTime begin = lower.isAfter(session.start()) ? lower : session.start();
            LocalTime end = upper.isBefore(session.end()) ? upper : session.end();
            if (begin.isBefore(end)) {
                sum = sum.plus(Duration.between(begin, end));
            }
        }
        return sum;
    }

    private LocalDate nextWorkingDayAfter(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!workingDay.test(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    private Instant at(LocalDate day, LocalTime time) {
        return day.atTime(time).atZone(zone).toInstant();
    }
}
