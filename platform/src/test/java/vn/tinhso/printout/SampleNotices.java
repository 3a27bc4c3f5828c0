package vn.tinhso.printout;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.IntStream;

/** A birth registration at the Sóc Trăng ward's one-stop counter, in each of its printed notices. */
final class SampleNotices {

    static final String DOSSIER_CODE = "000.00.15.H55-261123-0001";
    static final String PROCEDURE_CODE = "1.001193";
    static final String APPLICANT_ID = "094190001234";
    static final IssuingAgency AGENCY = new IssuingAgency("Ủy ban nhân dân thành phố Cần Thơ",
            "Trung tâm Phục vụ hành chính công phường Sóc Trăng", "Sóc Trăng");
    static final DossierReference DOSSIER = new DossierReference(DOSSIER_CODE, PROCEDURE_CODE,
            "Thủ tục đăng ký khai sinh");
    static final Applicant APPLICANT = new Applicant("Nguyễn Thị Hồng Nhung", APPLICANT_ID,
            "Số 12 đường Trần Hưng Đạo, khóm 3, Phường Sóc Trăng, thành phố Cần Thơ", "0912 345 678",
            "hongnhung@example.vn");
    static final ZonedDateTime RECEIVED = ZonedDateTime.of(2026, 11, 23, 14, 30, 0, 0, Notice.VIETNAM);
    static final ZonedDateTime RETURN = ZonedDateTime.of(2026, 12, 8, 8, 0, 0, 0, Notice.VIETNAM);

    private SampleNotices() {
    }

    static ReceiptSlip receiptSlip() {
        return receiptSlip(List.of(
                new ReceivedDocument("Tờ khai đăng ký khai sinh theo mẫu", 1, 0),
                new ReceivedDocument("Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp", 1, 0),
                new ReceivedDocument("Giấy chứng nhận kết hôn của cha, mẹ", 0, 1)));
    }

    static ReceiptSlip receiptSlip(List<ReceivedDocument> documents) {
        return new ReceiptSlip(AGENCY, DOSSIER, APPLICANT, documents, RECEIVED, RETURN,
                "Nhận trực tiếp tại Trung tâm Phục vụ hành chính công phường Sóc Trăng", "Lê Văn Tâm");
    }

    static ReceiptSlip receiptSlipWithDocuments(int count) {
        return receiptSlip(IntStream.rangeClosed(1, count)
                .mapToObj(i -> new ReceivedDocument("Giấy tờ chứng minh số " + i
                        + " về quan hệ nhân thân, nơi cư trú và các thông tin liên quan của người được đăng ký", 1, 1))
                .toList());
    }

    static SupplementRequest supplementRequest() {
        return new SupplementRequest(AGENCY, DOSSIER, APPLICANT, LocalDate.of(2026, 11, 24), List.of(
                new Deficiency("Giấy chứng sinh", "Bản nộp là bản chụp không có chứng thực; cần bản chính."),
                new Deficiency("Tờ khai đăng ký khai sinh",
                        "Chưa ghi quê quán của người mẹ và chưa ký tên người đi đăng ký.")),
                LocalDate.of(2026, 12, 1), "Lê Văn Tâm");
    }

    static RefusalNotice refusalNotice() {
        return new RefusalNotice(AGENCY, DOSSIER, APPLICANT, LocalDate.of(2026, 11, 24), List.of(
                "Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Mỹ Xuyên ngày 15 tháng 10 năm 2026.",
                "Người đi đăng ký không phải cha, mẹ, ông, bà hoặc người thân thích khác của trẻ."),
                "Lê Văn Tâm");
    }

    static ApologyLetter apologyLetter(LocalDate issuedOn) {
        return new ApologyLetter(AGENCY, DOSSIER, APPLICANT, issuedOn, RECEIVED, LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 15), "Cần xác minh thông tin cư trú của người mẹ với Công an phường.",
                new Signatory("GIÁM ĐỐC", "Trần Quốc Bảo"));
    }

    static ApologyLetter apologyLetter() {
        return apologyLetter(LocalDate.of(2026, 12, 7));
    }

    static HandoverRecord handoverRecord() {
        return new HandoverRecord(AGENCY, DOSSIER, APPLICANT, ZonedDateTime.of(2026, 12, 8, 9, 15, 0, 0,
                Notice.VIETNAM), List.of(
                new HandedOverResult("Giấy khai sinh (bản chính)", "125/GKS", 1),
                new HandedOverResult("Trích lục khai sinh (bản sao)", "125/TLKS", 2)),
                List.of(new FeePaid("Phí cấp bản sao trích lục khai sinh", 16_000)),
                "Nguyễn Thị Hồng Nhung", "Lê Văn Tâm");
    }

    static List<Notice> everyNotice() {
        return List.of(receiptSlip(), supplementRequest(), refusalNotice(), apologyLetter(), handoverRecord());
    }
}
