package vn.tinhso.dossier;

import org.springframework.stereotype.Service;
import vn.tinhso.dossier.print.DossierNotices;

/**
 * The paper forms of a dossier as PDF, for other modules (the pages print the receipt slip and the notices): the
 * same documents as {@code GET /api/v1/dossiers/{code}/notices/{kind}}.
 */
@Service
public class DossierPrintouts {

    private final DossierNotices notices;

    DossierPrintouts(DossierNotices notices) {
        this.notices = notices;
    }

    /** The forms a dossier can print. */
    public enum Form {
        /** Giấy tiếp nhận hồ sơ và hẹn trả kết quả. */
        RECEIPT_SLIP,
        /** Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ. */
        SUPPLEMENT_REQUEST,
        /** Phiếu từ chối giải quyết. */
        REFUSAL,
        /** Phiếu xin lỗi và hẹn lại ngày trả kết quả. */
        APOLOGY,
        /** Biên bản bàn giao kết quả. */
        HANDOVER
    }

    public byte[] pdf(String code, Form form) {
        return notices.pdf(code, DossierNotices.Kind.valueOf(form.name()));
    }
}
