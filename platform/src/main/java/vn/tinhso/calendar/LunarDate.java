package vn.tinhso.calendar;

import java.util.List;

/**
 * A date of the Vietnamese lunar calendar (ngày âm lịch), computed for UTC+7.
 *
 * @param year      the lunar year, numbered like the solar year in which its first day (Tết) falls
 * @param month     1..12 (tháng Giêng is 1, tháng Chạp is 12)
 * @param day       1..30
 * @param leapMonth whether the month is the leap month (tháng nhuận) that repeats {@code month}
 */
public record LunarDate(int year, int month, int day, boolean leapMonth) {

    private static final List<String> STEMS =
            List.of("Giáp", "Ất", "Bính", "Đinh", "Mậu", "Kỷ", "Canh", "Tân", "Nhâm", "Quý");
    private static final List<String> BRANCHES =
            List.of("Tý", "Sửu", "Dần", "Mão", "Thìn", "Tỵ", "Ngọ", "Mùi", "Thân", "Dậu", "Tuất", "Hợi");

    public static LunarDate of(int year, int month, int day) {
        return new LunarDate(year, month, day, false);
    }

    /** The year's name in the sexagenary cycle (tên năm Can Chi), e.g. "Bính Ngọ" for 2026. */
    public String yearName() {
        // 1984 was Giáp Tý, the start of a cycle.
        return STEMS.get(Math.floorMod(year - 1984, 10)) + " " + BRANCHES.get(Math.floorMod(year - 1984, 12));
    }

    @Override
    public String toString() {
        return day + "/" + month + (leapMonth ? " nhuận" : "") + "/" + year + " âm lịch";
    }
}
