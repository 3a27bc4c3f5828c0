package vn.tinhso.printout.pdf;

import java.util.List;

/** Signature columns side by side at the foot of the form; kept whole on one page. */
final class SignatureBlock {

    private static final float SIGNING_SPACE = 62;

    private SignatureBlock() {
    }

    static void print(Sheet sheet, Fonts fonts, List<Signer> signers) {
        sheet.down(12);
        sheet.keep(SIGNING_SPACE + 4 * fonts.regular(13).leading());
        float top = sheet.y();
        float width = Sheet.WIDTH / signers.size();
        float lowest = top;
        for (int i = 0; i < signers.size(); i++) {
            sheet.moveTo(top);
            print(sheet, fonts, signers.get(i), Sheet.LEFT + i * width, width);
            lowest = Math.min(lowest, sheet.y());
        }
        sheet.moveTo(lowest);
    }

    private static void print(Sheet sheet, Fonts fonts, Signer signer, float x, float width) {
        for (String role : signer.role().split("\n")) {
            sheet.paragraph(role, fonts.bold(13), x, width, Align.CENTRE);
        }
        sheet.paragraph(signer.hint(), fonts.italic(12), x, width, Align.CENTRE);
        sheet.down(SIGNING_SPACE);
        if (signer.name() != null) {
            sheet.paragraph(signer.name(), fonts.bold(13), x, width, Align.CENTRE);
        }
    }
}
