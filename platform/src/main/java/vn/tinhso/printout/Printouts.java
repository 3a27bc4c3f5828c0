package vn.tinhso.printout;

import java.net.URI;
import org.springframework.stereotype.Service;
import vn.tinhso.printout.pdf.NoticeRenderer;

/**
 * Renders the printed notices of the one-stop shop as PDF: A4, the official two-column header, the form of the
 * edition in force on the notice's date, Vietnamese fonts embedded, and the lookup QR code at the top left.
 *
 * <p>Callers pass plain records; this module stores nothing and knows no other module.
 */
@Service
public class Printouts {

    private final NoticeRenderer renderer;

    public Printouts(PrintoutProperties properties) {
        this.renderer = new NoticeRenderer(properties.lookupUrl());
    }

    /**
     * The notice as a PDF document.
     *
     * @throws FormNotInForce when no edition of the form was in force on the notice's date
     */
    public byte[] render(Notice notice) {
        return renderer.render(notice);
    }

    /** The address the notice's QR code carries: the lookup page with the dossier, procedure and applicant codes. */
    public URI lookupUrl(Notice notice) {
        return renderer.lookupUrl(notice);
    }
}
