package vn.tinhso.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tinhso.calendar.lunar.LunarCalendar;
import vn.tinhso.calendar.LunarDate;

/**
 * One public holiday as the law states it, valid for holidays whose anchor day (the solar or lunar date, Tết, 2/9)
 * falls within [effectiveFrom, effectiveTo].
 *
 * @param month               the solar or lunar month; unused for {@link Kind#LUNAR_NEW_YEAR}
 * @param day                 the solar or lunar day of the month; unused for {@link Kind#LUNAR_NEW_YEAR}
 * @param days                how many consecutive days off
 * @param daysBeforeNewYear   for {@link Kind#LUNAR_NEW_YEAR}: how many of them come before 1/1 âm lịch
 * @param compensationBasis   the article granting a compensatory day when the holiday falls on a weekly rest day
 */
public record HolidayRule(String id, String nameVi, String nameEn, Kind kind, int month, int day, int days,
        int daysBeforeNewYear, String legalBasis, String compensationBasis, LocalDate effectiveFrom,
        LocalDate effectiveTo, String note) {

    /** How the days of the rule are found in a year. */
    public enum Kind {
        /** A fixed solar date (01/01, 30/4, 01/5, 02/9). */
        SOLAR_DATE,
        /** A fixed lunar date (10/3 âm lịch, Giỗ Tổ Hùng Vương). */
        LUNAR_DATE,
        /** A block around Tết Nguyên đán. */
        LUNAR_NEW_YEAR,
        /** The day adjacent to Quốc khánh 2/9 (Art. 112 cl. 1 đ BLLĐ 2019), see {@link #adjacentDay}. */
        NATIONAL_DAY_ADJACENT
    }

    /** The days this rule gives in {@code year}, empty when the rule was not in force then. */
    public List<LocalDate> daysIn(int year, LunarCalendar lunar) {
        LocalDate anchor = anchor(year, lunar);
        if (anchor.isBefore(effectiveFrom) || (effectiveTo != null && anchor.isAfter(effectiveTo))) {
            return List.of();
        }
        LocalDate first = switch (kind) {
            case LUNAR_NEW_YEAR -> anchor.minusDays(daysBeforeNewYear);
            case NATIONAL_DAY_ADJACENT -> adjacentDay(anchor);
            default -> anchor;
        };
        List<LocalDate> result = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            result.add(first.plusDays(i));
        }
        return result;
    }

    public Optional<String> compensation() {
        return Optional.ofNullable(compensationBasis);
    }

    private LocalDate anchor(int year, LunarCalendar lunar) {
        return switch (kind) {
            case SOLAR_DATE, NATIONAL_DAY_ADJACENT -> LocalDate.of(year, month, day);
            case LUNAR_DATE -> lunar.toSolar(LunarDate.of(year, month, day));
            case LUNAR_NEW_YEAR -> lunar.newYearsDay(year);
        };
    }

    /**
     * The law lets the Prime Minister pick the day before or after 2/9. By default we pick the one that joins the
     * weekend, as the decisions of 2021–2025 did (Fri 2/9/2022 → Thu 1/9; Tue 2/9/2025 → Mon 1/9; Mon 2/9/2024 →
     * Tue 3/9); midweek we take the day after, and on a Saturday the Friday before. On a Sunday we take the Monday
     * after: the Sunday then earns a compensatory Tuesday, which gives the same days off as taking Saturday.
     */
    static LocalDate adjacentDay(LocalDate nationalDay) {
        DayOfWeek weekday = nationalDay.getDayOfWeek();
        boolean before = weekday == DayOfWeek.TUESDAY || weekday == DayOfWeek.FRIDAY || weekday == DayOfWeek.SATURDAY;
        return before ? nationalDay.minusDays(1) : nationalDay.plusDays(1);
    }
}
