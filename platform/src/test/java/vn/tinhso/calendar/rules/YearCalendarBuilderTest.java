package vn.tinhso.calendar.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tinhso.calendar.rules.TestRules.override;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.tinhso.calendar.Holiday;

class YearCalendarBuilderTest {

    private final YearCalendarBuilder builder = TestRules.builder();

    @Test
    void tetIsTheLastDayOfTheOldYearAndTheFirstFourDaysOfTheNew() {
        YearCalendar year2026 = builder.build(2026, TestRules.labourCode2019(), List.of());

        assertThat(daysOff(year2026, "Tết Âm lịch")).containsExactly(date("2026-02-16"), date("2026-02-17"),
                date("2026-02-18"), date("2026-02-19"), date("2026-02-20"));
        // Together with the weekends: Sat 14/02 – Sun 22/02, exactly the government's 2026 decision.
        for (LocalDate day = date("2026-02-14"); !day.isAfter(date("2026-02-22")); day = day.plusDays(1)) {
            assertThat(year2026.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(year2026.isWorkingDay(date("2026-02-13"))).isTrue();
        assertThat(year2026.isWorkingDay(date("2026-02-23"))).isTrue();
    }

    @Test
    void aHolidayOnSundayGivesTheNextWorkingDayOff() {
        // Giỗ Tổ Hùng Vương 2026 (10/3 âm lịch) is Sunday 26/04/2026.
        YearCalendar year2026 = builder.build(2026, TestRules.labourCode2019(), List.of());

        Holiday monday = year2026.daysOff().get(date("2026-04-27"));
        assertThat(monday.kind()).isEqualTo(Holiday.Kind.COMPENSATORY);
        assertThat(monday.nameVi()).isEqualTo("Nghỉ bù Giỗ Tổ Hùng Vương");
        assertThat(monday.legalBasis()).contains("Điều 111 khoản 3");
        assertThat(year2026.isWorkingDay(date("2026-04-27"))).isFalse();
        assertThat(year2026.isWorkingDay(date("2026-04-28"))).isTrue();
    }

    @Test
    void twoHolidaysOnOneWeekendAreMadeUpOnTheNextTwoFreeWorkingDays() {
        // 2023: Giỗ Tổ Sat 29/04, Chiến thắng Sun 30/04, Lao động Mon 01/05 → off until Wed 03/05, as decided then.
        YearCalendar year2023 = builder.build(2023, TestRules.labourCode2019(), List.of());

        assertThat(year2023.daysOff().subMap(date("2023-04-29"), true, date("2023-05-03"), true).values())
                .extracting(Holiday::kind)
                .containsExactly(Holiday.Kind.STATUTORY, Holiday.Kind.STATUTORY, Holiday.Kind.STATUTORY,
                        Holiday.Kind.COMPENSATORY, Holiday.Kind.COMPENSATORY);
        assertThat(year2023.isWorkingDay(date("2023-05-04"))).isTrue();
    }

    @ParameterizedTest(name = "Quốc khánh {0}: off {1} and {2}")
    @CsvSource({"2021, 2021-09-02, 2021-09-03", "2022, 2022-09-01, 2022-09-02", "2023, 2023-09-01, 2023-09-02",
        "2024, 2024-09-02, 2024-09-03", "2025, 2025-09-01, 2025-09-02"})
    void theDayAdjacentToNationalDayJoinsTheWeekendAsTheDecisionsDid(int year, LocalDate first, LocalDate second) {
        YearCalendar calendar = builder.build(year, TestRules.labourCode2019(), List.of());

        assertThat(daysOff(calendar, "Quốc khánh")).contains(first, second);
    }

    @Test
    void nationalDayOnSaturdayAlsoGivesMondayOff() {
        YearCalendar year2023 = builder.build(2023, TestRules.labourCode2019(), List.of());

        assertThat(year2023.daysOff().get(date("2023-09-04")).kind()).isEqualTo(Holiday.Kind.COMPENSATORY);
    }

    @Test
    void overridesWinOverTheRules() {
        List<DayOverride> newYear2026 = List.of(
                override("2026-01-02", DayOverride.Kind.DAY_OFF, "Nghỉ Tết Dương lịch (hoán đổi)"),
                override("2026-01-10", DayOverride.Kind.WORKING_DAY, "Làm bù cho ngày 02/01/2026"));

        YearCalendar year2026 = builder.build(2026, TestRules.labourCode2019(), newYear2026);

        assertThat(year2026.isWorkingDay(date("2026-01-01"))).isFalse();
        assertThat(year2026.isWorkingDay(date("2026-01-02"))).isFalse();
        assertThat(year2026.daysOff().get(date("2026-01-02")).kind()).isEqualTo(Holiday.Kind.GOVERNMENT_DECISION);
        assertThat(year2026.isWorkingDay(date("2026-01-10"))).isTrue();
        assertThat(year2026.extraWorkingDaysInOrder()).containsExactly(date("2026-01-10"));
    }

    @Test
    void aWorkingDayOverrideCancelsACompensatoryDayTheDecisionDidNotGive() {
        // Tết 2025 by the rules: Tue 28/01 – Sat 01/02, so Monday 03/02 would be compensatory; the decision put
        // the five days on Mon 27 – Fri 31/01 instead.
        List<DayOverride> tet2025 = List.of(
                override("2025-01-27", DayOverride.Kind.DAY_OFF, "Tết Âm lịch (28 tháng Chạp)"),
                override("2025-02-03", DayOverride.Kind.WORKING_DAY, "Làm việc sau Tết"));

        YearCalendar year2025 = builder.build(2025, TestRules.labourCode2019(), tet2025);

        for (LocalDate day = date("2025-01-25"); !day.isAfter(date("2025-02-02")); day = day.plusDays(1)) {
            assertThat(year2025.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(year2025.isWorkingDay(date("2025-02-03"))).isTrue();
        assertThat(year2025.daysOff().get(date("2025-01-27")).kind()).isEqualTo(Holiday.Kind.GOVERNMENT_DECISION);
        assertThat(year2025.extraWorkingDays()).isEmpty();
    }

    @Test
    void aRuleOutOfForceGivesNothing() {
        assertThat(builder.build(2020, TestRules.labourCode2019(), List.of()).daysOff()).isEmpty();
    }

    private static List<LocalDate> daysOff(YearCalendar calendar, String namePrefix) {
        return calendar.daysOff().values().stream().filter(h -> h.nameVi().startsWith(namePrefix))
                .map(Holiday::date).toList();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
