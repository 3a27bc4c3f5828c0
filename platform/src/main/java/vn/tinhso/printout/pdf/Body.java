package vn.tinhso.printout.pdf;

import java.util.ArrayList;
import java.util.List;
import vn.tinhso.printout.Applicant;
import vn.tinhso.printout.Notice;

/** What the bodies of all forms share: the body type size, labelled lines, numbered points and the applicant lines. */
abstract class Body {

    static final float SIZE = 13;
    static final float HANGING = 14;

    final Sheet sheet;
    final Fonts fonts;
    final FormTemplate template;

    Body(Sheet sheet, Fonts fonts, FormTemplate template) {
        this.sheet = sheet;
        this.fonts = fonts;
        this.template = template;
    }

    Run plain(String text) {
        return new Run(text, fonts.regular(SIZE));
    }

    Run strong(String text) {
        return new Run(text, fonts.bold(SIZE));
    }

    void say(Run... runs) {
        sheet.paragraph(List.of(runs), Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
        sheet.down(2);
    }

    /** "Label: value", the value in bold; left out when the value is absent. */
    void field(String label, String value) {
        if (value != null) {
            say(plain(label + ":"), strong(value));
        }
    }

    /** A numbered point ("1. …"), indented so that its continuation lines clear the number. */
    void point(int number, Run... runs) {
        List<Run> all = new ArrayList<>();
        all.add(plain(number + "."));
        all.addAll(List.of(runs));
        sheet.paragraph(all, Sheet.LEFT + HANGING, Sheet.WIDTH - HANGING, Align.LEFT);
        sheet.down(2);
    }

    /** "Ông/Bà", identifier, address and contact of the applicant. */
    void applicant(Applicant applicant) {
        field("Ông/Bà (tổ chức)", applicant.name());
        say(plain("Số định danh cá nhân/Mã số doanh nghiệp:"), strong(applicant.identifier()));
        field("Địa chỉ", applicant.address());
        if (applicant.phone() != null || applicant.email() != null) {
            say(plain("Số điện thoại: " + orDots(applicant.phone()) + " - Email: " + orDots(applicant.email())));
        }
    }

    void request(Notice notice) {
        say(plain("Nội dung yêu cầu giải quyết:"), strong(notice.dossier().procedureName()),
                plain("(mã thủ tục " + notice.dossier().procedureCode() + ")."));
    }

    void closing(String text) {
        sheet.down(4);
        sheet.paragraph(List.of(new Run(text, fonts.italic(SIZE))), Sheet.LEFT, Sheet.WIDTH, Align.LEFT);
    }

    private static String orDots(String value) {
        return value == null ? "…" : value;
    }
}
