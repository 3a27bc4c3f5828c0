package vn.tinhso.calendar;

import vn.tinhso.shared.InvalidInput;

/** Working time is only ever added forward: a deadline cannot be counted backwards. */
public class NegativeWorkingTime extends InvalidInput {

    public NegativeWorkingTime(String what, Object amount) {
        super("negative-working-time", what, amount);
    }
}
