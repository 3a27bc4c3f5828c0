package vn.tinhso.printout.pdf;

import java.util.List;
import vn.tinhso.printout.RefusalNotice;

/** Phiếu từ chối tiếp nhận giải quyết hồ sơ: the dossier and every reason for refusing it, numbered. */
final class RefusalBody extends Body {

    RefusalBody(Sheet sheet, Fonts fonts, FormTemplate template) {
        super(sheet, fonts, template);
    }

    void print(RefusalNotice refusal) {
        field("Mã hồ sơ", refusal.dossier().code());
        say(plain(refusal.agency().name() + " tiếp nhận hồ sơ của:"));
        applicant(refusal.applicant());
        request(refusal);
        say(plain("Qua xem xét, " + refusal.agency().name()
                + " từ chối tiếp nhận, giải quyết hồ sơ này với lý do sau:"));
        for (int i = 0; i < refusal.reasons().size(); i++) {
            point(i + 1, plain(refusal.reasons().get(i)));
        }
        closing("Xin thông báo để Ông/Bà được biết và thực hiện./.");
        SignatureBlock.print(sheet, fonts, List.of(
                Signer.NOBODY,
                new Signer("NGƯỜI TIẾP NHẬN HỒ SƠ", Signer.SIGN_AND_NAME, refusal.officer())));
    }
}
