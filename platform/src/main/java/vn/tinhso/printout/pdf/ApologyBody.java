package vn.tinhso.printout.pdf;

import java.util.List;
import vn.tinhso.printout.ApologyLetter;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả / Văn bản xin lỗi và đề nghị gia hạn thời gian giải quyết: the delay, its
 * reason and the new date, in the wording of the edition in force, signed by the agency's head.
 */
final class ApologyBody extends Body {

    ApologyBody(Sheet sheet, Fonts fonts, FormTemplate template) {
        super(sheet, fonts, template);
    }

    void print(ApologyLetter letter) {
        String agency = letter.agency().name();
        sheet.paragraph(List.of(plain("Kính gửi: Ông/Bà"), strong(letter.applicant().name())), Sheet.LEFT,
                Sheet.WIDTH, Align.CENTRE);
        sheet.down(8);
        say(plain(capitalised(VietnameseDates.words(letter.receivedAt().withZoneSameInstant(
                        vn.tinhso.printout.Notice.VIETNAM).toLocalDate())) + ", " + agency
                + " tiếp nhận giải quyết hồ sơ của Ông/Bà, mã hồ sơ"), strong(letter.dossier().code() + "."));
        request(letter);
        say(plain("Thời hạn trả kết quả giải quyết hồ sơ:"),
                strong(VietnameseDates.words(letter.originalAppointment()) + "."));
        say(plain("Tuy nhiên, đến nay " + agency + " chưa trả kết quả giải quyết hồ sơ cho Ông/Bà với lý do: "
                + letter.delayReason()));
        say(plain("Sự chậm trễ này đã gây phiền hà cho Ông/Bà. " + agency + " xin lỗi Ông/Bà và "
                + template.phrase("new-date")), strong(VietnameseDates.words(letter.newAppointment()) + "."));
        field(template.phrase("new-date-label"), VietnameseDates.words(letter.newAppointment()));
        closing("Mong nhận được sự thông cảm của Ông/Bà./.");
        SignatureBlock.print(sheet, fonts, List.of(
                Signer.NOBODY,
                new Signer(letter.leader().title(), Signer.SIGN_NAME_AND_SEAL, letter.leader().name())));
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
