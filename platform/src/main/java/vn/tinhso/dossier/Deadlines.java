package vn.tinhso.dossier;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.catalog.TimeLimit;

/** Turns a procedure's time limit into the appointment date, on the working-day calendar. */
@Component
class Deadlines {

    /** A working day counts eight hours when a limit is given in fractions of a day (e.g. half a day). */
    private static final Duration WORKING_DAY = Duration.ofHours(8);

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Instant dueAt(Instant receivedAt, TimeLimit limit) {
        BigDecimal amount = limit.amount();
        int whole = amount.intValue();
        BigDecimal fraction = amount.subtract(BigDecimal.valueOf(whole));
        return switch (limit.unit()) {
            case WORKING_DAYS -> calendar.addWorkingTime(calendar.addWorkingDays(receivedAt, whole),
                    Duration.ofSeconds(fraction.multiply(BigDecimal.valueOf(WORKING_DAY.toSeconds())).longValue()));
            case WORKING_HOURS -> calendar.addWorkingTime(receivedAt,
                    Duration.ofSeconds(amount.multiply(BigDecimal.valueOf(3600)).longValue()));
            // Calendar days run over weekends and holidays; a result due on a day off is due the next working day.
            case CALENDAR_DAYS -> calendar.nextWorkingMoment(receivedAt.plus(Duration.ofDays(whole)));
        };
    }

    WorkingCalendar calendar() {
        return calendar;
    }
}
