package vn.tinhso.identity;

/** What the assurance rules guard (see {@link AccessPolicy#require}). */
public enum ProtectedAction {
    /** Nộp hồ sơ trực tuyến. */
    SUBMIT,
    /** Thanh toán phí, lệ phí trực tuyến. */
    PAY,
    /** Nhận kết quả giải quyết dưới dạng điện tử. */
    RECEIVE_RESULT,
    /** Ký điện tử. */
    SIGN
}
