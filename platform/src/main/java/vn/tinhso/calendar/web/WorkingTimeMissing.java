package vn.tinhso.calendar.web;

import vn.tinhso.shared.InvalidInput;

/** Adding working time needs an amount: {@code days}, {@code hours} or both. */
class WorkingTimeMissing extends InvalidInput {

    WorkingTimeMissing() {
        super("working-time-missing");
    }
}
