package vn.tinhso.catalog;

/** Where a dossier is submitted (hình thức nộp): time limits and fees may differ per channel. */
public enum Channel {
    /** Trực tuyến. */
    ONLINE,
    /** Dịch vụ bưu chính. */
    POST,
    /** Trực tiếp, at the one-stop counter. */
    COUNTER
}
