package vn.tinhso.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import vn.tinhso.calendar.lunar.LunarCalendar;

/** The Labour Code 2019 rules as seeded in V10__calendar.sql, for tests that run without a database. */
public final class TestRules {

    public static final EnumSet<DayOfWeek> MONDAY_TO_FRIDAY = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
    private static final String BASIS = "Điều 112 khoản 1 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)";
    private static final String COMPENSATION = "Điều 111 khoản 3 Bộ luật Lao động 2019 (Luật số 45/2019/QH14)";
    private static final LocalDate IN_FORCE = LocalDate.of(2021, 1, 1);

    private TestRules() {
    }

    public static List<HolidayRule> labourCode2019() {
        return List.of(
                rule("tet-duong-lich", "Tết Dương lịch", HolidayRule.Kind.SOLAR_DATE, 1, 1, 1, 0),
                rule("tet-am-lich", "Tết Âm lịch", HolidayRule.Kind.LUNAR_NEW_YEAR, 1, 1, 5, 1),
                rule("gio-to", "Giỗ Tổ Hùng Vương", HolidayRule.Kind.LUNAR_DATE, 3, 10, 1, 0),
                rule("chien-thang", "Ngày Chiến thắng", HolidayRule.Kind.SOLAR_DATE, 4, 30, 1, 0),
                rule("quoc-te-lao-dong", "Ngày Quốc tế lao động", HolidayRule.Kind.SOLAR_DATE, 5, 1, 1, 0),
                rule("quoc-khanh", "Quốc khánh", HolidayRule.Kind.SOLAR_DATE, 9, 2, 1, 0),
                rule("quoc-khanh-lien-ke", "Quốc khánh (ngày liền kề)", HolidayRule.Kind.NATIONAL_DAY_ADJACENT, 9, 2,
                        1, 0));
    }

    public static YearCalendarBuilder builder() {
        return new YearCalendarBuilder(MONDAY_TO_FRIDAY, LunarCalendar.VIETNAM);
    }

    public static DayOverride override(String date, DayOverride.Kind kind, String name) {
        return new DayOverride(LocalDate.parse(date), kind, name, name, "Thông báo thử nghiệm", null, "test",
                java.time.Instant.EPOCH);
    }

    private static HolidayRule rule(String id, String name, HolidayRule.Kind kind, int month, int day, int days,
            int before) {
        return new HolidayRule(id, name, name, kind, month, day, days, before, BASIS, COMPENSATION, IN_FORCE, null,
                null);
    }
}
