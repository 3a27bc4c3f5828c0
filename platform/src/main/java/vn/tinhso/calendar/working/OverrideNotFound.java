package vn.tinhso.calendar.working;

import java.time.LocalDate;
import vn.tinhso.shared.NotFound;

/** No override is recorded for the day. */
class OverrideNotFound extends NotFound {

    OverrideNotFound(LocalDate date) {
        super("calendar-override-not-found", date);
    }
}
