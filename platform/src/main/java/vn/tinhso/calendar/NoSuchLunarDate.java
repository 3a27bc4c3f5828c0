package vn.tinhso.calendar;

import vn.tinhso.shared.InvalidInput;

/** A lunar date that does not exist: day 30 of a 29-day month, or a leap month the year does not have. */
public class NoSuchLunarDate extends InvalidInput {

    public NoSuchLunarDate(LunarDate date) {
        super("no-such-lunar-date", String.valueOf(date.day()), String.valueOf(date.month()),
                date.leapMonth() ? " (nhuận / leap)" : "", String.valueOf(date.year()));
    }
}
