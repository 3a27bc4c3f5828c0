package vn.tinhso.printout.pdf;

import java.util.Locale;
import vn.tinhso.printout.IssuingAgency;
import vn.tinhso.printout.Notice;

/**
 * The header of an administrative document (Decree 30/2020/NĐ-CP, Annex I): the governing body and the issuing
 * agency on the left, the national motto and the place-and-date line on the right, then the form's title and, under
 * it, the form number and the circular that prescribes it.
 */
final class OfficialHeader {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
    static final String COUNTRY = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final float AGENCY_WIDTH = Sheet.WIDTH * 0.42f;
    private static final float MOTTO_LEFT = Sheet.LEFT + AGENCY_WIDTH;
    private static final float MOTTO_WIDTH = Sheet.WIDTH - AGENCY_WIDTH;

    private final Sheet sheet;
    private final Fonts fonts;

    OfficialHeader(Sheet sheet, Fonts fonts) {
        this.sheet = sheet;
        this.fonts = fonts;
    }

    void print(Notice notice, FormTemplate template) {
        if (template.number() != null) {
            Style style = fonts.italic(11);
            sheet.text(template.number(), style, Sheet.RIGHT - style.width(template.number()), Sheet.TOP + 8 * Sheet.MM);
        }
        float top = sheet.y();
        float agencyBottom = agency(notice.agency());
        sheet.moveTo(top);
        float mottoBottom = motto(notice);
        sheet.moveTo(Math.min(agencyBottom, mottoBottom) - 16);
        title(template);
    }

    private float agency(IssuingAgency agency) {
        if (agency.parent() != null) {
            sheet.paragraph(agency.parent().toUpperCase(VIETNAMESE), fonts.regular(12), Sheet.LEFT, AGENCY_WIDTH,
                    Align.CENTRE);
        }
        sheet.paragraph(agency.name().toUpperCase(VIETNAMESE), fonts.bold(12), Sheet.LEFT, AGENCY_WIDTH, Align.CENTRE);
        underline(Sheet.LEFT, AGENCY_WIDTH, AGENCY_WIDTH / 3);
        return sheet.y();
    }

    private float motto(Notice notice) {
        Style country = fitted(fonts.bold(12), COUNTRY, MOTTO_WIDTH);
        sheet.paragraph(COUNTRY, country, MOTTO_LEFT, MOTTO_WIDTH, Align.CENTRE);
        Style motto = fonts.bold(13);
        sheet.paragraph(MOTTO, motto, MOTTO_LEFT, MOTTO_WIDTH, Align.CENTRE);
        // The rule under the motto is as long as the motto itself.
        underline(MOTTO_LEFT, MOTTO_WIDTH, motto.width(MOTTO));
        sheet.down(8);
        sheet.paragraph(VietnameseDates.placeAndDate(notice.agency().place(), notice.issuedOn()), fonts.italic(13),
                MOTTO_LEFT, MOTTO_WIDTH, Align.CENTRE);
        return sheet.y();
    }

    private void title(FormTemplate template) {
        sheet.paragraph(template.title(), fonts.bold(14), Sheet.LEFT, Sheet.WIDTH, Align.CENTRE);
        if (template.legalBasis() != null) {
            sheet.paragraph(template.legalBasis(), fonts.italic(11), Sheet.LEFT + 20, Sheet.WIDTH - 40, Align.CENTRE);
        }
        sheet.down(10);
    }

    /** A short rule under a header block, clear of the descenders of the line above. */
    private void underline(float columnLeft, float columnWidth, float length) {
        float y = sheet.y() - 1;
        float start = columnLeft + (columnWidth - length) / 2;
        sheet.line(start, y, start + length, y, 0.6f);
        sheet.down(4);
    }

    /** The style shrunk in half points until one line of {@code text} fits {@code width}. */
    private static Style fitted(Style style, String text, float width) {
        Style fitted = style;
        while (fitted.width(text) > width && fitted.size() > 8) {
            fitted = fitted.sized(fitted.size() - 0.5f);
        }
        return fitted;
    }
}
