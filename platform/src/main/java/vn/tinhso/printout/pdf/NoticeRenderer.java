package vn.tinhso.printout.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.GregorianCalendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import vn.tinhso.printout.ApologyLetter;
import vn.tinhso.printout.HandoverRecord;
import vn.tinhso.printout.Notice;
import vn.tinhso.printout.ReceiptSlip;
import vn.tinhso.printout.RefusalNotice;
import vn.tinhso.printout.SupplementRequest;

/** Lays a notice out on A4 pages: QR code, official header, the form's body, signatures, page numbers, metadata. */
public final class NoticeRenderer {

    private final LookupLinks links;

    public NoticeRenderer(URI lookupBase) {
        this.links = new LookupLinks(lookupBase);
    }

    public URI lookupUrl(Notice notice) {
        return links.of(notice);
    }

    public byte[] render(Notice notice) {
        FormTemplate template = FormEditions.of(kind(notice), notice.issuedOn());
        try (PDDocument document = new PDDocument()) {
            Fonts fonts = new Fonts(document);
            QrStamp qr = new QrStamp(lookupUrl(notice).toString());
            Sheet sheet = new Sheet(document, qr::print);
            new OfficialHeader(sheet, fonts).print(notice, template);
            body(notice, sheet, fonts, template);
            sheet.finish();
            PageNumbers.print(document, fonts);
            describe(document, notice, template);
            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            document.save(pdf);
            return pdf.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void body(Notice notice, Sheet sheet, Fonts fonts, FormTemplate template) {
        switch (notice) {
            case ReceiptSlip slip -> new ReceiptSlipBody(sheet, fonts, template).print(slip, lookupUrl(slip));
            case SupplementRequest request -> new SupplementRequestBody(sheet, fonts, template).print(request);
            case RefusalNotice refusal -> new RefusalBody(sheet, fonts, template).print(refusal);
            case ApologyLetter letter -> new ApologyBody(sheet, fonts, template).print(letter);
            case HandoverRecord record -> new HandoverBody(sheet, fonts, template).print(record);
        }
    }

    private static FormKind kind(Notice notice) {
        return switch (notice) {
            case ReceiptSlip slip -> FormKind.RECEIPT_SLIP;
            case SupplementRequest request -> FormKind.SUPPLEMENT_REQUEST;
            case RefusalNotice refusal -> FormKind.REFUSAL;
            case ApologyLetter letter -> FormKind.APOLOGY;
            case HandoverRecord record -> FormKind.HANDOVER;
        };
    }

    /**
     * Title, author (the agency), subject and keywords for archives and screen readers. The creation date is the
     * notice's date, not the time of rendering, so a reprint is byte-for-byte the paper that was issued.
     */
    private static void describe(PDDocument document, Notice notice, FormTemplate template) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(template.title() + " - " + notice.dossier().code());
        info.setAuthor(notice.agency().name());
        info.setSubject(notice.dossier().procedureName());
        info.setKeywords(notice.dossier().code() + ", " + notice.dossier().procedureCode());
        info.setCreator("Tỉnh Số");
        info.setProducer("Tỉnh Số (Apache PDFBox)");
        GregorianCalendar created = GregorianCalendar.from(notice.issuedOn().atStartOfDay(Notice.VIETNAM));
        info.setCreationDate(created);
        info.setModificationDate(created);
        document.getDocumentCatalog().setLanguage("vi-VN");
    }
}
