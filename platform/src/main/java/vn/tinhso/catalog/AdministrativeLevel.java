package vn.tinhso.catalog;

/** The level of government that implements a procedure (cấp thực hiện). */
public enum AdministrativeLevel {
    /** Cấp bộ, ngành trung ương. */
    CENTRAL,
    /** Cấp tỉnh. */
    PROVINCE,
    /** Cấp huyện — abolished on 2025-07-01, kept for history. */
    DISTRICT,
    /** Cấp xã. */
    COMMUNE,
    /** Cơ quan khác (notaries, vertical agencies...). */
    OTHER
}
