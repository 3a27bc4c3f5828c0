package vn.tinhso.organization.io;

import java.time.LocalDate;
import vn.tinhso.shared.Conflict;

/** The record's validity (or a staff member's activity) already ended; reopen it with an update if that was wrong. */
class ValidityAlreadyClosed extends Conflict {

    ValidityAlreadyClosed(String key, LocalDate closedOn) {
        super("validity-already-closed", key, closedOn.toString());
    }
}
