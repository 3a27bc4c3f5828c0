package vn.tinhso.identity;

/**
 * Mức độ bảo đảm của tài khoản: how well the platform knows who holds an account (Kiến trúc Chính quyền điện tử cấp
 * tỉnh, seed digest r4 §6).
 */
public enum AssuranceLevel {
    /** AS-1: registration information not verified. */
    AS_1,
    /** AS-2: registered online with a self-declared personal ID number, name and date of birth; not verified. */
    AS_2,
    /** AS-3: registered online; the information was verified (population database, VNeID) before issue. */
    AS_3,
    /** AS-4: registered in person with legal papers, then issued account and password or device. */
    AS_4;

    public boolean atLeast(AssuranceLevel other) {
        return compareTo(other) >= 0;
    }

    /** As written in the rules and to people: {@code AS-3}. */
    public String label() {
        return name().replace('_', '-');
    }
}
