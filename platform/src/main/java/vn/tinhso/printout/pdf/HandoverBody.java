package vn.tinhso.printout.pdf;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import vn.tinhso.printout.FeePaid;
import vn.tinhso.printout.HandedOverResult;
import vn.tinhso.printout.HandoverRecord;

/** Biên bản bàn giao kết quả: who handed what to whom, when, and the fees paid. */
final class HandoverBody extends Body {

    private static final List<Column> RESULTS = List.of(
            new Column("STT", 0.08f, Align.CENTRE),
            new Column("Kết quả giải quyết", 0.52f, Align.LEFT),
            new Column("Số, ký hiệu", 0.25f, Align.CENTRE),
            new Column("Số bản", 0.15f, Align.CENTRE));
    private static final List<Column> FEES = List.of(
            new Column("STT", 0.08f, Align.CENTRE),
            new Column("Nội dung", 0.62f, Align.LEFT),
            new Column("Số tiền (đồng)", 0.30f, Align.RIGHT));

    HandoverBody(Sheet sheet, Fonts fonts, FormTemplate template) {
        super(sheet, fonts, template);
    }

    void print(HandoverRecord record) {
        say(plain("Hôm nay, vào lúc " + VietnameseDates.timeAndDate(record.handedOverAt()) + ", tại "
                + record.agency().name() + ", chúng tôi gồm:"));
        say(plain("Bên giao (người trả kết quả):"), strong(record.officer() + "."));
        if (record.receiver().equals(record.applicant().name())) {
            say(plain("Bên nhận (người nhận kết quả):"), strong(record.receiver() + "."));
        } else {
            say(plain("Bên nhận (người nhận kết quả):"), strong(record.receiver() + ","),
                    plain("nhận thay người nộp hồ sơ theo ủy quyền."));
        }
        field("Mã hồ sơ", record.dossier().code());
        applicant(record.applicant());
        request(record);
        point(1, plain("Kết quả giải quyết hồ sơ bàn giao:"));
        new Table(RESULTS, fonts).print(sheet, results(record.results()));
        sheet.down(6);
        point(2, plain("Phí, lệ phí đã nộp:"), record.fees().isEmpty() ? plain("Không.") : plain(""));
        if (!record.fees().isEmpty()) {
            new Table(FEES, fonts).print(sheet, fees(record));
            sheet.down(6);
        }
        closing("Biên bản được lập thành 02 bản, mỗi bên giữ 01 bản./.");
        SignatureBlock.print(sheet, fonts, List.of(
                new Signer("NGƯỜI NHẬN KẾT QUẢ", Signer.SIGN_AND_NAME, record.receiver()),
                new Signer("NGƯỜI TRẢ KẾT QUẢ", Signer.SIGN_AND_NAME, record.officer())));
    }

    private static List<List<String>> results(List<HandedOverResult> results) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            HandedOverResult result = results.get(i);
            rows.add(List.of(Integer.toString(i + 1), result.name(), result.number() == null ? "" : result.number(),
                    Integer.toString(result.copies())));
        }
        return rows;
    }

    private static List<List<String>> fees(HandoverRecord record) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < record.fees().size(); i++) {
            FeePaid fee = record.fees().get(i);
            rows.add(List.of(Integer.toString(i + 1), fee.description(), dong(fee.amountVnd())));
        }
        rows.add(List.of("", "Tổng cộng", dong(record.totalFeesVnd())));
        return rows;
    }

    /** "50.000": Vietnamese groups thousands with dots. */
    static String dong(long amount) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        return new DecimalFormat("#,##0", symbols).format(amount);
    }
}
