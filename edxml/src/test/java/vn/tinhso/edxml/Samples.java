package vn.tinhso.edxml;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/** Packets as a provincial People's Committee would send them; fixed values so the golden files stay stable. */
final class Samples {

    static final byte[] DECISION_PDF = "%PDF-1.7 Quyết định 125/QĐ-UBND (bản điện tử)".getBytes(StandardCharsets.UTF_8);
    static final byte[] APPENDIX_DOCX = "Phụ lục: danh mục thủ tục hành chính".getBytes(StandardCharsets.UTF_8);

    private Samples() {
    }

    static DocumentPacket decision() {
        Organization from = new Organization("000.00.00.H92", "Ủy ban nhân dân thành phố Cần Thơ",
                "Văn phòng UBND thành phố Cần Thơ", "Số 2 Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ",
                "vanphong@cantho.gov.vn", "0292 3820 000", null, "https://cantho.gov.vn");
        MessageHeader header = new MessageHeader(from,
                List.of(Organization.of("000.00.04.H92", "Sở Tư pháp thành phố Cần Thơ"),
                        Organization.of("000.01.01.H92", "Trung tâm Phục vụ hành chính công")),
                new DocumentCode("125", "QĐ-UBND"),
                new PromulgationInfo("Cần Thơ", LocalDate.of(2026, 3, 16)),
                new DocumentType(1, "Quyết định"),
                "Công bố danh mục thủ tục hành chính lĩnh vực hộ tịch thuộc thẩm quyền giải quyết của UBND cấp xã",
                "Công bố kèm theo Quyết định này danh mục 12 thủ tục hành chính.",
                new SignerInfo("KT. CHỦ TỊCH", "Phó Chủ tịch", "Lê Minh Quang"),
                LocalDate.of(2026, 3, 31), List.of("Như Điều 3", "Lưu: VT, NC"),
                new OtherInfo(1, "Toàn tỉnh", "TVC", 15, 3, List.of("Danh mục thủ tục hành chính")),
                0, "000.00.00.H92,2026/03/16,125/QĐ-UBND");
        TraceHeaderList trace = new TraceHeaderList(
                List.of(new TraceHeader("000.00.00.H92", LocalDateTime.of(2026, 3, 16, 9, 30, 5))),
                new Business(0, "Văn bản điện tử mới",
                        new StaffInfo("Phòng Hành chính - Tổ chức", "Võ Thị Ngọc Trâm", "0912345678",
                                "tram.vo@cantho.gov.vn"), false));
        return new DocumentPacket(header, trace, List.of(
                new Attachment(new AttachmentRef("qd-125.pdf", "QD-125-QD-UBND.pdf", "application/pdf",
                        "Quyết định (bản ký số)"), AttachmentContent.of(DECISION_PDF)),
                new Attachment(new AttachmentRef("phu-luc.docx", "Phu-luc.docx",
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "Phụ lục"),
                        AttachmentContent.of(APPENDIX_DOCX))));
    }

    static StatusPacket received() {
        return new StatusPacket(
                new ResponseFor("000.00.00.H92", "125/QĐ-UBND", LocalDate.of(2026, 3, 16),
                        "000.00.00.H92,2026/03/16,125/QĐ-UBND"),
                Organization.of("000.00.04.H92", "Sở Tư pháp thành phố Cần Thơ"), StatusCode.RECEIVED,
                "Đã tiếp nhận văn bản, chuyển Phòng Hành chính tư pháp xử lý",
                LocalDateTime.of(2026, 3, 16, 10, 2, 41),
                new StaffInfo("Văn phòng Sở", "Kiên Thị Sô Phi", null, null));
    }

    static DocumentPacket withHeader(MessageHeader header) {
        DocumentPacket d = decision();
        return new DocumentPacket(header, d.traceHeaderList(), d.attachments());
    }
}
