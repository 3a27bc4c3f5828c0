package vn.tinhso.printout.pdf;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import vn.tinhso.printout.ReceiptSlip;
import vn.tinhso.printout.ReceivedDocument;

/** Giấy tiếp nhận hồ sơ và hẹn trả kết quả: who filed what, when it was received and when the result is due. */
final class ReceiptSlipBody extends Body {

    private static final List<Column> DOCUMENTS = List.of(
            new Column("STT", 0.08f, Align.CENTRE),
            new Column("Tên giấy tờ", 0.62f, Align.LEFT),
            new Column("Bản chính", 0.15f, Align.CENTRE),
            new Column("Bản sao", 0.15f, Align.CENTRE));

    ReceiptSlipBody(Sheet sheet, Fonts fonts, FormTemplate template) {
        super(sheet, fonts, template);
    }

    void print(ReceiptSlip slip, URI lookup) {
        sheet.paragraph(List.of(plain("Mã hồ sơ:"), strong(slip.dossier().code())), Sheet.LEFT, Sheet.WIDTH,
                Align.CENTRE);
        sheet.down(6);
        say(plain(slip.agency().name() + " tiếp nhận hồ sơ của:"));
        applicant(slip.applicant());
        request(slip);
        point(1, plain("Thành phần hồ sơ nộp gồm:"));
        new Table(DOCUMENTS, fonts).print(sheet, rows(slip.documents()));
        sheet.down(6);
        point(2, plain("Số lượng hồ sơ: 01 (bộ)."));
        point(3, plain("Thời gian nhận hồ sơ:"), strong(VietnameseDates.timeAndDate(slip.receivedAt()) + "."));
        point(4, plain("Thời gian trả kết quả giải quyết hồ sơ:"),
                strong(VietnameseDates.timeAndDate(slip.returnAt()) + "."));
        point(5, plain("Hình thức nhận kết quả:"), strong(slip.deliveryMethod() + "."));
        // The address in a smaller size so it fits one line and can be typed from the paper.
        point(6, plain("Tra cứu tình trạng hồ sơ: quét mã QR ở góc trên bên trái hoặc truy cập"),
                new Run(lookup.toString(), fonts.regular(10)));
        SignatureBlock.print(sheet, fonts, List.of(
                new Signer("NGƯỜI NỘP HỒ SƠ", Signer.SIGN_AND_NAME, slip.applicant().name()),
                new Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", Signer.SIGN_AND_NAME, slip.receivingOfficer())));
    }

    private static List<List<String>> rows(List<ReceivedDocument> documents) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < documents.size(); i++) {
            ReceivedDocument document = documents.get(i);
            rows.add(List.of(Integer.toString(i + 1), document.name(), count(document.originals()),
                    count(document.copies())));
        }
        return rows;
    }

    private static String count(int count) {
        return count == 0 ? "" : Integer.toString(count);
    }
}
