package vn.tinhso.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.LunarDate;
import vn.tinhso.calendar.NoSuchLunarDate;

class LunarCalendarTest {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;

    /** Tết Nguyên đán in Vietnam, from published Vietnamese calendars. */
    @ParameterizedTest(name = "Tết {0} is on {1}")
    @CsvSource({
        "1900, 1900-01-31", "1930, 1930-01-30", "1945, 1945-02-13", "1954, 1954-02-03", "1960, 1960-01-28",
        "1968, 1968-01-29", "1975, 1975-02-11", "1985, 1985-01-21", "1990, 1990-01-27", "1995, 1995-01-31",
        "2000, 2000-02-05", "2007, 2007-02-17", "2010, 2010-02-14", "2013, 2013-02-10", "2015, 2015-02-19",
        "2019, 2019-02-05", "2020, 2020-01-25", "2021, 2021-02-12", "2022, 2022-02-01", "2023, 2023-01-22",
        "2024, 2024-02-10", "2025, 2025-01-29", "2026, 2026-02-17", "2027, 2027-02-06", "2028, 2028-01-26",
        "2050, 2050-01-23", "2100, 2100-02-09"
    })
    void findsTheVietnameseNewYear(int year, LocalDate tet) {
        assertThat(vietnam.newYearsDay(year)).isEqualTo(tet);
        assertThat(vietnam.toLunar(tet)).isEqualTo(LunarDate.of(year, 1, 1));
        assertThat(vietnam.toLunar(tet.minusDays(1)).month()).isEqualTo(12);
    }

    @Test
    void differsFromTheChineseCalendarWhereTheNewMoonFallsBetweenMidnightsOfTheTwoTimeZones() {
        LunarCalendar china = new LunarCalendar(8);

        assertThat(vietnam.newYearsDay(1985)).isEqualTo("1985-01-21");
        assertThat(china.newYearsDay(1985)).isEqualTo("1985-02-20");
        assertThat(vietnam.newYearsDay(2007)).isEqualTo("2007-02-17");
        assertThat(china.newYearsDay(2007)).isEqualTo("2007-02-18");
        assertThat(vietnam.newYearsDay(1968)).isEqualTo("1968-01-29");
        assertThat(china.newYearsDay(1968)).isEqualTo("1968-01-30");
    }

    @ParameterizedTest(name = "{0} has a leap month {1}")
    @CsvSource({"2001, 4", "2004, 2", "2006, 7", "2009, 5", "2012, 4", "2014, 9", "2017, 6", "2020, 4", "2023, 2",
        "2025, 6", "2028, 5", "2033, 11", "1985, 2"})
    void placesTheLeapMonthAfterTheMonthItRepeats(int year, int month) {
        LocalDate ordinary = vietnam.toSolar(LunarDate.of(year, month, 1));
        LocalDate leap = vietnam.toSolar(new LunarDate(year, month, 1, true));

        assertThat(leap).isAfter(ordinary);
        assertThat(vietnam.toLunar(leap)).isEqualTo(new LunarDate(year, month, 1, true));
        assertThat(vietnam.toLunar(leap.minusDays(1))).extracting(LunarDate::month, LunarDate::leapMonth)
                .containsExactly(month, false);
    }

    @Test
    void convertsKnownDatesBothWays() {
        // Giỗ Tổ Hùng Vương (10/3 âm lịch) as observed in recent years.
        assertThat(vietnam.toSolar(LunarDate.of(2024, 3, 10))).isEqualTo("2024-04-18");
        assertThat(vietnam.toSolar(LunarDate.of(2025, 3, 10))).isEqualTo("2025-04-07");
        assertThat(vietnam.toSolar(LunarDate.of(2026, 3, 10))).isEqualTo("2026-04-26");
        // 1900-01-01 is still in the lunar year 1899.
        assertThat(vietnam.toLunar(LocalDate.of(1900, 1, 1))).isEqualTo(LunarDate.of(1899, 12, 1));
        assertThat(vietnam.toLunar(LocalDate.of(2026, 2, 16))).isEqualTo(LunarDate.of(2025, 12, 29));
    }

    @Test
    void findsTheMonthStartWhereTheMeanLunationGuessesWrong() {
        // Found by LunarCalendarProperties: the day before a new moon that comes well after the mean one.
        assertThat(vietnam.toLunar(LocalDate.of(2062, 4, 9))).isEqualTo(LunarDate.of(2062, 2, 30));
        assertThat(vietnam.toLunar(LocalDate.of(2062, 4, 10))).isEqualTo(LunarDate.of(2062, 3, 1));
    }

    @Test
    void everyDayOfTheRangeConvertsBackAndFollowsTheDayBefore() {
        LunarDate previous = null;
        for (LocalDate day = DateOutOfRange.FIRST; !day.isAfter(DateOutOfRange.LAST); day = day.plusDays(1)) {
            LunarDate lunar = vietnam.toLunar(day);
            assertThat(lunar.day()).as("%s", day).isBetween(1, 30);
            assertThat(vietnam.toSolar(lunar)).as("%s", day).isEqualTo(day);
            if (previous != null && lunar.day() != 1) {
                assertThat(lunar).as("%s", day).isEqualTo(
                        new LunarDate(previous.year(), previous.month(), previous.day() + 1, previous.leapMonth()));
            }
            previous = lunar;
        }
    }

    @Test
    void namesTheYearInTheSexagenaryCycle() {
        assertThat(LunarDate.of(2026, 1, 1).yearName()).isEqualTo("Bính Ngọ");
        assertThat(LunarDate.of(2025, 1, 1).yearName()).isEqualTo("Ất Tỵ");
        assertThat(LunarDate.of(1968, 1, 1).yearName()).isEqualTo("Mậu Thân");
        assertThat(LunarDate.of(1900, 1, 1).yearName()).isEqualTo("Canh Tý");
    }

    @Test
    void refusesLunarDatesThatDoNotExist() {
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(2026, 4, 1, true))).isInstanceOf(NoSuchLunarDate.class);
        assertThatThrownBy(() -> vietnam.toSolar(new LunarDate(2025, 5, 1, true))).isInstanceOf(NoSuchLunarDate.class);
        assertThatThrownBy(() -> vietnam.toSolar(LunarDate.of(2026, 13, 1))).isInstanceOf(NoSuchLunarDate.class);
        // Tháng Chạp Ất Tỵ has 29 days: Tết Bính Ngọ follows 29/12.
        assertThatThrownBy(() -> vietnam.toSolar(LunarDate.of(2025, 12, 30))).isInstanceOf(NoSuchLunarDate.class);
    }

    @Test
    void refusesDatesOutsideTheSupportedRange() {
        assertThatThrownBy(() -> vietnam.toLunar(LocalDate.of(1899, 12, 31))).isInstanceOf(DateOutOfRange.class);
        assertThatThrownBy(() -> vietnam.toLunar(LocalDate.of(2101, 1, 1))).isInstanceOf(DateOutOfRange.class);
        assertThat(vietnam.toLunar(LocalDate.of(2100, 12, 31)).year()).isEqualTo(2100);
    }
}
