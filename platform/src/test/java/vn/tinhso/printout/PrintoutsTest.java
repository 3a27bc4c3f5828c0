package vn.tinhso.printout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PrintoutsTest {

    private static final URI LOOKUP = URI.create("https://dichvucong.example/tra-cuu");
    private static final String EXPECTED_QR = "https://dichvucong.example/tra-cuu?ma=000.00.15.H55-261123-0001"
            + "&thuTuc=1.001193&dinhDanh=094190001234";

    private final Printouts printouts = new Printouts(new PrintoutProperties(LOOKUP));

    static List<Notice> everyNotice() {
        return SampleNotices.everyNotice();
    }

    @Test
    void receiptSlipPrintsTheVietnameseTextWithItsDiacritics() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.receiptSlip()))) {
            assertThat(pdf.text()).contains(
                    "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                    "Mẫu số 01 ban hành kèm theo Thông tư số 03/2025/TT-VPCP",
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                    "Độc lập - Tự do - Hạnh phúc",
                    "ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ",
                    "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG PHƯỜNG SÓC TRĂNG",
                    "Sóc Trăng, ngày 23 tháng 11 năm 2026",
                    "Mã hồ sơ: 000.00.15.H55-261123-0001",
                    "Nguyễn Thị Hồng Nhung",
                    "Phường Sóc Trăng, thành phố Cần Thơ",
                    "Thủ tục đăng ký khai sinh",
                    "Giấy chứng sinh do cơ sở khám bệnh, chữa bệnh cấp",
                    "14 giờ 30 phút, ngày 23 tháng 11 năm 2026",
                    "08 giờ 00 phút, ngày 08 tháng 12 năm 2026",
                    "NGƯỜI NỘP HỒ SƠ",
                    "NGƯỜI TIẾP NHẬN HỒ SƠ",
                    "Lê Văn Tâm");
            assertThat(pdf.document().getNumberOfPages()).isEqualTo(1);
        }
    }

    @Test
    void supplementRequestListsEveryDeficiencyWithItsReasonAndTheDeadline() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.supplementRequest()))) {
            assertThat(pdf.text()).contains(
                    "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02",
                    "Giấy chứng sinh", "Bản nộp là bản chụp không có chứng thực; cần bản chính.",
                    "Chưa ghi quê quán của người mẹ và chưa ký tên người đi đăng ký.",
                    "trước ngày 01 tháng 12 năm 2026", "NGƯỜI HƯỚNG DẪN", SampleNotices.DOSSIER_CODE);
        }
    }

    @Test
    void refusalNoticeStatesEveryReason() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.refusalNotice()))) {
            assertThat(pdf.text()).contains(
                    "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03",
                    "1. Trẻ đã được đăng ký khai sinh tại Ủy ban nhân dân xã Mỹ Xuyên",
                    "2. Người đi đăng ký không phải cha, mẹ",
                    "Nguyễn Thị Hồng Nhung", SampleNotices.DOSSIER_CODE);
        }
    }

    @Test
    void apologyLetterGivesTheReasonBothDatesAndTheLeadersSignature() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.apologyLetter()))) {
            assertThat(pdf.text()).contains(
                    "VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT", "Mẫu số 04",
                    "Kính gửi: Ông/Bà Nguyễn Thị Hồng Nhung",
                    "Ngày 23 tháng 11 năm 2026",
                    "Thời hạn trả kết quả giải quyết hồ sơ: ngày 08 tháng 12 năm 2026",
                    "Cần xác minh thông tin cư trú của người mẹ với Công an phường.",
                    "đề nghị gia hạn thời gian giải quyết hồ sơ đến ngày 15 tháng 12 năm 2026",
                    "GIÁM ĐỐC", "Trần Quốc Bảo", "Sóc Trăng, ngày 07 tháng 12 năm 2026");
        }
    }

    @Test
    void handoverRecordListsTheResultsAndTheFeesPaid() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.handoverRecord()))) {
            assertThat(pdf.text()).contains(
                    "BIÊN BẢN BÀN GIAO KẾT QUẢ GIẢI QUYẾT HỒ SƠ",
                    "09 giờ 15 phút, ngày 08 tháng 12 năm 2026",
                    "Giấy khai sinh (bản chính)", "125/GKS", "Phí cấp bản sao trích lục khai sinh", "16.000",
                    "Tổng cộng", "NGƯỜI NHẬN KẾT QUẢ", "NGƯỜI TRẢ KẾT QUẢ")
                    .doesNotContain("Mẫu số");
        }
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void everyFontIsEmbedded(Notice notice) {
        try (PdfReader pdf = new PdfReader(printouts.render(notice))) {
            assertThat(pdf.fonts()).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded())
                    .as("font %s embedded", font.getName()).isTrue());
            assertThat(pdf.fonts()).extracting(PDFont::getName).allMatch(name -> name.contains("LiberationSerif"));
        }
    }

    @ParameterizedTest
    @MethodSource("everyNotice")
    void qrCodeAtTheTopLeftCarriesTheDossierProcedureAndApplicant(Notice notice) {
        try (PdfReader pdf = new PdfReader(printouts.render(notice))) {
            BufferedImage page = pdf.image(0);
            Result qr = PdfReader.qrCode(page);
            assertThat(qr.getText()).isEqualTo(EXPECTED_QR);
            for (ResultPoint point : qr.getResultPoints()) {
                assertThat(point.getX()).isLessThan(page.getWidth() / 2f);
                assertThat(point.getY()).isLessThan(page.getHeight() / 2f);
            }
        }
    }

    @Test
    void theLookupUrlEscapesItsParameters() {
        Printouts local = new Printouts(new PrintoutProperties(URI.create("http://localhost:8080/tra-cuu?kenh=qr")));
        ReceiptSlip slip = new ReceiptSlip(SampleNotices.AGENCY,
                new DossierReference("H55 & 1", "1.001193", "Thủ tục đăng ký khai sinh"), SampleNotices.APPLICANT,
                List.of(), SampleNotices.RECEIVED, SampleNotices.RETURN, "Bưu chính", "Lê Văn Tâm");

        assertThat(local.lookupUrl(slip)).hasToString(
                "http://localhost:8080/tra-cuu?kenh=qr&ma=H55+%26+1&thuTuc=1.001193&dinhDanh=094190001234");
    }

    @Test
    void aLongDocumentListContinuesOnASecondPageUnderARepeatedHeading() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.receiptSlipWithDocuments(30)))) {
            assertThat(pdf.document().getNumberOfPages()).isGreaterThanOrEqualTo(2);
            int pages = pdf.document().getNumberOfPages();
            assertThat(pdf.text(2, 2)).contains("Tên giấy tờ", "Bản chính", "2/" + pages);
            assertThat(pdf.text(2, pages)).contains("Giấy tờ chứng minh số 30");
            assertThat(pdf.text(1, 1)).contains("Giấy tờ chứng minh số 1 ").doesNotContain("Giấy tờ chứng minh số 30");
            assertThat(pdf.text()).contains("NGƯỜI TIẾP NHẬN HỒ SƠ");
        }
    }

    @Test
    void theFormEditionChangesOnTheFirstOfJuly2025() {
        String before = textOf(SampleNotices.apologyLetter(LocalDate.of(2025, 6, 30)));
        String after = textOf(SampleNotices.apologyLetter(LocalDate.of(2025, 7, 1)));

        assertThat(before).contains("PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Mẫu số 04 ban hành kèm theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018",
                "hẹn lại thời gian trả kết quả vào ngày 15 tháng 12 năm 2026")
                .doesNotContain("03/2025/TT-VPCP", "ĐỀ NGHỊ GIA HẠN");
        assertThat(after).contains("VĂN BẢN XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT",
                "Mẫu số 04 ban hành kèm theo Thông tư số 03/2025/TT-VPCP")
                .doesNotContain("01/2018/TT-VPCP", "HẸN LẠI NGÀY");
    }

    @Test
    void aNoticeDatedBeforeTheFirstCircularHasNoForm() {
        assertThatThrownBy(() -> printouts.render(SampleNotices.apologyLetter(LocalDate.of(2018, 12, 31))))
                .isInstanceOf(FormNotInForce.class)
                .hasFieldOrPropertyWithValue("code", "printout-form-not-in-force");
    }

    @Test
    void documentMetadataNamesTheFormTheAgencyAndTheDate() {
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.receiptSlip()))) {
            PDDocumentInformation info = pdf.document().getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ - " + SampleNotices.DOSSIER_CODE);
            assertThat(info.getAuthor()).isEqualTo("Trung tâm Phục vụ hành chính công phường Sóc Trăng");
            assertThat(info.getCreationDate().get(Calendar.YEAR)).isEqualTo(2026);
            assertThat(info.getCreationDate().get(Calendar.DAY_OF_MONTH)).isEqualTo(23);
            assertThat(pdf.document().getDocumentCatalog().getLanguage()).isEqualTo("vi-VN");
        }
    }

    @Test
    void anApologyMustPostponeTheResult() {
        assertThatThrownBy(() -> new ApologyLetter(SampleNotices.AGENCY, SampleNotices.DOSSIER,
                SampleNotices.APPLICANT, LocalDate.of(2026, 12, 7), SampleNotices.RECEIVED, LocalDate.of(2026, 12, 8),
                LocalDate.of(2026, 12, 8), "Chờ xác minh", new Signatory("GIÁM ĐỐC", "Trần Quốc Bảo")))
                .isInstanceOf(NewAppointmentNotLater.class);
    }

    @Test
    void aSupplementRequestNamesAtLeastOneDeficiency() {
        assertThatThrownBy(() -> new SupplementRequest(SampleNotices.AGENCY, SampleNotices.DOSSIER,
                SampleNotices.APPLICANT, LocalDate.of(2026, 11, 24), List.of(), null, "Lê Văn Tâm"))
                .isInstanceOf(NothingToSupplement.class);
    }

    @Test
    void aRefusalStatesAReason() {
        assertThatThrownBy(() -> new RefusalNotice(SampleNotices.AGENCY, SampleNotices.DOSSIER,
                SampleNotices.APPLICANT, LocalDate.of(2026, 11, 24), List.of(), "Lê Văn Tâm"))
                .isInstanceOf(RefusalWithoutReason.class);
    }

    /** Keeps docs/printouts/receipt-slip.png, the picture of the form in the documentation, up to date. */
    @Test
    void writesThePreviewOfTheReceiptSlipIntoTheDocs() throws IOException {
        Path file = Path.of(System.getProperty("tinhso.docs.dir", "../docs"), "printouts", "receipt-slip.png");
        Files.createDirectories(file.getParent());
        try (PdfReader pdf = new PdfReader(printouts.render(SampleNotices.receiptSlip()))) {
            ImageIO.write(pdf.image(0), "png", file.toFile());
        }
        assertThat(file).isNotEmptyFile();
    }

    private String textOf(Notice notice) {
        try (PdfReader pdf = new PdfReader(printouts.render(notice))) {
            return pdf.text();
        }
    }
}
