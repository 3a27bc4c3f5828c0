package vn.tinhso.calendar;

import java.time.Instant;
import vn.tinhso.shared.InvalidInput;

/** A period whose end comes before its start. */
public class EndBeforeStart extends InvalidInput {

    public EndBeforeStart(Instant from, Instant to) {
        super("end-before-start", from, to);
    }
}
