package vn.tinhso.calendar.lunar;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.LunarDate;
import vn.tinhso.calendar.NoSuchLunarDate;

/**
 * The Vietnamese lunisolar calendar (âm lịch) after Hồ Ngọc Đức: a month starts on the local day of a new moon;
 * month 11 contains the winter solstice; in a year with 13 new moons between two months 11, the first month without
 * a major solar term (trung khí) is the leap month.
 *
 * <p>"Local" is what makes it Vietnamese: Vietnam has computed for UTC+7 since 1968, China for UTC+8, so a new moon
 * shortly after 23:00 (UTC+8) falls on different days in the two countries and the calendars drift apart for a month
 * (Tết 1985: 21 January in Vietnam, 20 February in China). Other time zones exist here only so tests can compare.
 */
public final class LunarCalendar {

    /** Vietnam's calendar, UTC+7. */
    public static final LunarCalendar VIETNAM = new LunarCalendar(7);

    private static final long JULIAN_DAY_OF_EPOCH_DAY_0 = 2440588;

    private final double timeZone;
    private final Map<Integer, Integer> month11Cache = new ConcurrentHashMap<>();

    public LunarCalendar(double timeZoneHours) {
        this.timeZone = timeZoneHours;
    }

    /** Solar (Gregorian) to lunar, for dates 1900-01-01..2100-12-31. */
    public LunarDate toLunar(LocalDate date) {
        DateOutOfRange.check(date);
        int day = julianDay(date);
        int monthStart = monthStartOn(day);
        int solarYear = date.getYear();
        int a11 = month11(solarYear);
        int b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = solarYear;
            a11 = month11(solarYear - 1);
        } else {
            lunarYear = solarYear + 1;
            b11 = month11(solarYear + 1);
        }
        int monthsAfter11 = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = monthsAfter11 + 11;
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            if (monthsAfter11 >= leapOffset) {
                month = monthsAfter11 + 10;
                leap = monthsAfter11 == leapOffset;
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && monthsAfter11 < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day - monthStart + 1, leap);
    }

    /** Lunar to solar; throws {@link NoSuchLunarDate} for a day or leap month that does not exist. */
    public LocalDate toSolar(LunarDate lunar) {
        if (lunar.month() < 1 || lunar.month() > 12 || lunar.day() < 1 || lunar.day() > 30
                || lunar.year() < DateOutOfRange.FIRST.getYear() - 1 || lunar.year() > DateOutOfRange.LAST.getYear()) {
            throw new NoSuchLunarDate(lunar);
        }
        int a11;
        int b11;
        if (lunar.month() < 11) {
            a11 = month11(lunar.year() - 1);
            b11 = month11(lunar.year());
        } else {
            a11 = month11(lunar.year());
            b11 = month11(lunar.year() + 1);
        }
        int offset = Math.floorMod(lunar.month() - 11, 12);
        if (b11 - a11 > 365) {
            int leapOffset = leapMonthOffset(a11);
            int leapMonth = Math.floorMod(leapOffset + 9, 12) + 1;
            if (lunar.leapMonth() && lunar.month() != leapMonth) {
                throw new NoSuchLunarDate(lunar);
            }
            if (lunar.leapMonth() || offset >= leapOffset) {
                offset += 1;
            }
        } else if (lunar.leapMonth()) {
            throw new NoSuchLunarDate(lunar);
        }
        int k = (int) Math.floor(0.5 + (a11 - Astronomy.EPOCH_NEW_MOON) / Astronomy.SYNODIC_MONTH);
        int monthStart = newMoonDay(k + offset);
        int monthLength = newMoonDay(k + offset + 1) - monthStart;
        if (lunar.day() > monthLength) {
            throw new NoSuchLunarDate(lunar);
        }
        LocalDate solar = fromJulianDay(monthStart + lunar.day() - 1);
        if (solar.isBefore(DateOutOfRange.FIRST) || solar.isAfter(DateOutOfRange.LAST)) {
            throw new DateOutOfRange(lunar);
        }
        return solar;
    }

    /** The solar date of Tết Nguyên đán (1/1 âm lịch) of the lunar year that starts in {@code solarYear}. */
    public LocalDate newYearsDay(int solarYear) {
        return toSolar(LunarDate.of(solarYear, 1, 1));
    }

    /**
     * The local day of the last new moon on or before {@code day}. The mean lunation only guesses {@code k}: a true
     * new moon may come up to about 14 hours off the mean one, so step until the guess is right (2062-04-09 needs it).
     */
    private int monthStartOn(int day) {
        int k = (int) Math.floor((day - Astronomy.EPOCH_NEW_MOON) / Astronomy.SYNODIC_MONTH) + 1;
        while (newMoonDay(k) > day) {
            k--;
        }
        while (newMoonDay(k + 1) <= day) {
            k++;
        }
        return newMoonDay(k);
    }

    /** Local day (Julian day number) of the new moon that starts month 11 of the lunar year ending in {@code year}. */
    private int month11(int year) {
        return month11Cache.computeIfAbsent(year, this::computeMonth11);
    }

    private int computeMonth11(int year) {
        int offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        int k = (int) Math.floor(offset / Astronomy.SYNODIC_MONTH);
        int newMoon = newMoonDay(k);
        // The new moon must come before the winter solstice (sun at 270°, sector 9 of 12).
        return majorTerm(newMoon) >= 9 ? newMoonDay(k - 1) : newMoon;
    }

    /** How many months after month 11 the leap month comes: the first month whose major term repeats. */
    private int leapMonthOffset(int a11) {
        int k = (int) Math.floor((a11 - Astronomy.EPOCH_NEW_MOON) / Astronomy.SYNODIC_MONTH + 0.5);
        int i = 1;
        int term = majorTerm(newMoonDay(k + i));
        int last;
        do {
            last = term;
            i++;
            term = majorTerm(newMoonDay(k + i));
        } while (term != last && i < 14);
        return i - 1;
    }

    /** Julian day number of the local day on which the k-th new moon falls. */
    private int newMoonDay(int k) {
        return (int) Math.floor(Astronomy.newMoon(k) + 0.5 + timeZone / 24);
    }

    /** Which 30° sector (0..11) the sun is in at the start of local day {@code day}. */
    private int majorTerm(int day) {
        return (int) Math.floor(Astronomy.sunLongitude(day - 0.5 - timeZone / 24) / Math.PI * 6);
    }

    private static int julianDay(LocalDate date) {
        return (int) (date.toEpochDay() + JULIAN_DAY_OF_EPOCH_DAY_0);
    }

    private static LocalDate fromJulianDay(int day) {
        return LocalDate.ofEpochDay(day - JULIAN_DAY_OF_EPOCH_DAY_0);
    }
}
