package vn.tinhso.catalog;

/** How far a procedure can be done online (dịch vụ công trực tuyến toàn trình / một phần). */
public enum OnlineMode {
    /** Toàn trình: submission, payment and result all online (formerly "level 4"). */
    FULLY_ONLINE,
    /** Một phần: submitted online, something must be done in person (formerly "level 3"). */
    PARTLY_ONLINE,
    /** Not offered online. */
    NOT_ONLINE
}
