package vn.tinhso.calendar;

import java.time.LocalDate;
import vn.tinhso.shared.InvalidInput;

/** The calendar answers only for 1900-01-01..2100-12-31, where its astronomy and rules have been checked. */
public class DateOutOfRange extends InvalidInput {

    public static final LocalDate FIRST = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST = LocalDate.of(2100, 12, 31);

    public DateOutOfRange(Object value) {
        super("date-out-of-range", String.valueOf(value), FIRST, LAST);
    }

    /** Throws unless {@code date} is within the supported range. */
    public static LocalDate check(LocalDate date) {
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new DateOutOfRange(date);
        }
        return date;
    }

    public static int checkYear(int year) {
        if (year < FIRST.getYear() || year > LAST.getYear()) {
            throw new DateOutOfRange(year);
        }
        return year;
    }
}
