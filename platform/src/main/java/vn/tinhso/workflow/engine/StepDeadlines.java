package vn.tinhso.workflow.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import org.springframework.stereotype.Component;
import vn.tinhso.calendar.WorkingCalendar;

/**
 * The due date of a step (hạn xử lý của bước), on the working-day calendar. Generated tasks call it from their due
 * date expression, {@code ${stepDeadlines.dueIn('5')}}, when the task is created; an uploaded BPMN may too.
 */
@Component("stepDeadlines")
public class StepDeadlines {

    private final WorkingCalendar calendar;
    private final Clock clock;

    StepDeadlines(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Flowable's task due date is a {@link Date}. */
    public Date dueIn(String workingDays) {
        return Date.from(dueAt(clock.instant(), new BigDecimal(workingDays)));
    }

    /** Whole working days at the same working-clock position, then the fraction as working time. */
    public Instant dueAt(Instant from, BigDecimal workingDays) {
        return calendar.addWorkingDays(from, workingDays);
    }
}
