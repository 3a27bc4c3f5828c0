package vn.tinhso.printout;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered notice back the way a person or a scanner would: its text, its fonts, its printed page. */
final class PdfReader implements AutoCloseable {

    static final int DPI = 150;

    private final PDDocument document;

    PdfReader(byte[] pdf) {
        try {
            this.document = Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PDDocument document() {
        return document;
    }

    /** All the text, white space collapsed so that a phrase split across lines still matches. */
    String text() {
        return text(1, document.getNumberOfPages());
    }

    String text(int fromPage, int toPage) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(fromPage);
            stripper.setEndPage(toPage);
            return stripper.getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<PDFont> fonts() {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                try {
                    fonts.add(resources.getFont(name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return fonts;
    }

    BufferedImage image(int page) {
        try {
            return new PDFRenderer(document).renderImageWithDPI(page, DPI);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The QR code on the page as a phone would read it, with where its finder patterns are. */
    static Result qrCode(BufferedImage image) {
        try {
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new BufferedImageLuminanceSource(image))), Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE));
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            throw new AssertionError("no readable QR code on the page", e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
