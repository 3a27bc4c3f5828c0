package vn.tinhso.calendar;

import java.time.Duration;

/**
 * An amount of working time (thời gian làm việc), told as whole working days plus the rest.
 *
 * @param total      all working time
 * @param workingDay the length of one working day under the configured working hours
 */
public record WorkingTime(Duration total, Duration workingDay) {

    /** Whole working days in {@link #total()}. */
    public long days() {
        return total.toNanos() / workingDay.toNanos();
    }

    /** What is left after the whole days, less than one working day. */
    public Duration remainder() {
        return total.minus(workingDay.multipliedBy(days()));
    }
}
