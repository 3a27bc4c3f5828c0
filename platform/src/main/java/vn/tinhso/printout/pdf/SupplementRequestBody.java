package vn.tinhso.printout.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.tinhso.printout.Deficiency;
import vn.tinhso.printout.SupplementRequest;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ: every deficiency with its reason in one table, because the guidance must be
 * given once and in full.
 */
final class SupplementRequestBody extends Body {

    private static final List<Column> DEFICIENCIES = List.of(
            new Column("STT", 0.08f, Align.CENTRE),
            new Column("Nội dung cần bổ sung, hoàn thiện", 0.46f, Align.LEFT),
            new Column("Lý do", 0.46f, Align.LEFT));

    SupplementRequestBody(Sheet sheet, Fonts fonts, FormTemplate template) {
        super(sheet, fonts, template);
    }

    void print(SupplementRequest request) {
        field("Mã hồ sơ", request.dossier().code());
        say(plain(request.agency().name() + " tiếp nhận hồ sơ của:"));
        applicant(request.applicant());
        request(request);
        say(plain("Sau khi xem xét, kiểm tra hồ sơ, đề nghị Ông/Bà bổ sung, hoàn thiện hồ sơ gồm những nội dung sau:"));
        new Table(DEFICIENCIES, fonts).print(sheet, rows(request.deficiencies()));
        sheet.down(6);
        if (request.deadline() != null) {
            say(plain("Thời hạn bổ sung, hoàn thiện hồ sơ: trước"),
                    strong(VietnameseDates.words(request.deadline()) + "."));
        }
        say(plain("Trong quá trình bổ sung, hoàn thiện hồ sơ, nếu có vướng mắc, Ông/Bà liên hệ với "
                + request.officer() + " tại " + request.agency().name() + " để được hướng dẫn."));
        SignatureBlock.print(sheet, fonts, List.of(
                new Signer("NGƯỜI NỘP HỒ SƠ", Signer.SIGN_AND_NAME, request.applicant().name()),
                new Signer("NGƯỜI HƯỚNG DẪN", Signer.SIGN_AND_NAME, request.officer())));
    }

    private static List<List<String>> rows(List<Deficiency> deficiencies) {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < deficiencies.size(); i++) {
            rows.add(List.of(Integer.toString(i + 1), deficiencies.get(i).item(), deficiencies.get(i).reason()));
        }
        return rows;
    }
}
