package vn.tinhso.printout.pdf;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.tinhso.printout.FormNotInForce;

/**
 * Every edition of every form, chosen by the notice's date. The one-stop forms moved from TT 01/2018/TT-VPCP (guiding
 * Decree 61/2018) to TT 03/2025/TT-VPCP (guiding Decree 118/2025) on 1 July 2025; the next change is one more entry
 * here. Form numbers and titles of TT 03/2025 come from a secondary source (docs/printouts.md) — check against the
 * gazetted text.
 */
final class FormEditions {

    static final Edition TT_01_2018 = new Edition(
            "Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ",
            LocalDate.of(2019, 1, 6), LocalDate.of(2025, 6, 30));
    static final Edition TT_03_2025 = new Edition(
            "Thông tư số 03/2025/TT-VPCP của Văn phòng Chính phủ",
            LocalDate.of(2025, 7, 1), null);
    /** The handover record is no circular's form; it is valid on any day and cites nothing. */
    private static final Edition LOCAL_PRACTICE = new Edition(null, LocalDate.MIN, null);

    private static final List<FormTemplate> TEMPLATES = List.of(
            numbered(FormKind.RECEIPT_SLIP, "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", TT_01_2018),
            numbered(FormKind.RECEIPT_SLIP, "01", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", TT_03_2025),
            numbered(FormKind.SUPPLEMENT_REQUEST, "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", TT_01_2018),
            numbered(FormKind.SUPPLEMENT_REQUEST, "02", "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", TT_03_2025),
            numbered(FormKind.REFUSAL, "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", TT_01_2018),
            numbered(FormKind.REFUSAL, "03", "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", TT_03_2025),
            new FormTemplate(FormKind.APOLOGY, "Mẫu số 04", "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", TT_01_2018,
                    Map.of("new-date", "hẹn lại thời gian trả kết quả vào",
                            "new-date-label", "Ngày hẹn trả kết quả mới")),
            new FormTemplate(FormKind.APOLOGY, "Mẫu số 04",
                    "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", TT_03_2025,
                    Map.of("new-date", "đề nghị gia hạn thời gian giải quyết hồ sơ đến",
                            "new-date-label", "Thời hạn giải quyết đề nghị gia hạn đến")),
            new FormTemplate(FormKind.HANDOVER, null, "BIÊN BẢN BÀN GIAO KẾT QUẢ GIẢI QUYẾT HỒ SƠ", LOCAL_PRACTICE,
                    Map.of()));

    private FormEditions() {
    }

    /** The template of {@code kind} in force on {@code day}. */
    static FormTemplate of(FormKind kind, LocalDate day) {
        return TEMPLATES.stream()
                .filter(template -> template.kind() == kind && template.edition().inForceOn(day))
                .findFirst()
                .orElseThrow(() -> new FormNotInForce(kind.name(), day));
    }

    private static FormTemplate numbered(FormKind kind, String number, String title, Edition edition) {
        return new FormTemplate(kind, "Mẫu số " + number, title, edition, Map.of());
    }
}
