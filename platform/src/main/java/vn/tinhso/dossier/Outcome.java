package vn.tinhso.dossier;

/** How a settled dossier compares with its original appointment date (statistics of QĐ 766/QĐ-TTg). */
public enum Outcome {
    /** Trước hạn: settled before the day of the appointment. */
    EARLY,
    /** Đúng hạn: settled on the day of the appointment, before its time. */
    ON_TIME,
    /** Quá hạn. */
    LATE
}
