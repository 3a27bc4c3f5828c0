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

    private final WorkingCalendar calendar;

    Deadlines(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    Instant dueAt(Instant receivedAt, TimeLimit limit) {
        BigDecimal amount = limit.amount();
        return switch (limit.unit()) {
            case WORKING_DAYS -> calendar.addWorkingDays(receivedAt, amount);
            case WORKING_HOURS -> calendar.addWorkingTime(receivedAt,
                    Duration.ofSeconds(amount.multiply(BigDecimal.valueOf(3600)).longValue()));
            // Calendar days run over weekends and holidays; a result due on a day off is due the next working day.
            case CALENDAR_DAYS -> calendar.nextWorkingMoment(receivedAt.plus(Duration.ofDays(amount.intValue())));
        };
    }

    WorkingCalendar calendar() {
        return calendar;
    }
}
