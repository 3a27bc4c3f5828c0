package vn.tinhso.dossier;

/** How the applicant wants the result (hình thức nhận kết quả). */
public enum DeliveryMethod {
    /** Tại Bộ phận Một cửa. */
    COUNTER,
    /** Bản điện tử, in the applicant's result store. */
    ONLINE,
    /** Qua dịch vụ bưu chính công ích. */
    POST
}
