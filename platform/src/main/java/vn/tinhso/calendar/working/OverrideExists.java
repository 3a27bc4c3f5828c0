package vn.tinhso.calendar.working;

import java.time.LocalDate;
import vn.tinhso.shared.Conflict;

/** A day has one override at most: remove the old one first, so the audit log shows both steps. */
class OverrideExists extends Conflict {

    OverrideExists(LocalDate date) {
        super("calendar-override-exists", date);
    }
}
