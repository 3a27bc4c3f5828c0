package vn.tinhso.organization;

import java.time.LocalDate;

/**
 * Cấp hành chính. Until 2025-06-30 three levels (tỉnh → huyện → xã); from 2025-07-01 two (tỉnh → xã), so a commune's
 * parent may be a district or, today, the province itself.
 */
public enum UnitLevel {
    /** Cấp tỉnh: tỉnh, thành phố trực thuộc trung ương. GSO code of 2 digits. */
    PROVINCE(2),
    /** Cấp huyện (abolished 2025-07-01): huyện, quận, thị xã, thành phố thuộc tỉnh. 3 digits. */
    DISTRICT(3),
    /** Cấp xã: xã, phường, thị trấn, đặc khu. 5 digits. */
    COMMUNE(5);

    /** First day of two-level local government (Luật Tổ chức chính quyền địa phương 2025): no more districts. */
    public static final LocalDate TWO_LEVEL_SINCE = LocalDate.of(2025, 7, 1);

    private final int codeLength;

    UnitLevel(int codeLength) {
        this.codeLength = codeLength;
    }

    /** Length of the national (GSO) code at this level. */
    public int codeLength() {
        return codeLength;
    }

    /** Whether a unit of this level may sit directly under a unit of level {@code parent}. */
    public boolean mayHaveParent(UnitLevel parent) {
        return switch (this) {
            case PROVINCE -> false;
            case DISTRICT -> parent == PROVINCE;
            case COMMUNE -> parent == DISTRICT || parent == PROVINCE;
        };
    }
}
