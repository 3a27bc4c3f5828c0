package vn.tinhso.printout.pdf;

/** The printed forms of the one-stop shop. */
enum FormKind {
    /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
    RECEIPT_SLIP,
    /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
    SUPPLEMENT_REQUEST,
    /** Phiếu từ chối tiếp nhận giải quyết hồ sơ. */
    REFUSAL,
    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả / Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết. */
    APOLOGY,
    /** Biên bản bàn giao kết quả (not a numbered form of the circulars). */
    HANDOVER
}
