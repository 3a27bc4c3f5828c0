package vn.tinhso.printout.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Liberation Serif (metric-compatible with Times New Roman, the typeface Decree 30/2020/NĐ-CP prescribes for official
 * documents), embedded as subsets: the standard 14 PDF fonts have no Vietnamese letters, and an unembedded font would
 * print with whatever the reader's machine substitutes.
 */
final class Fonts {

    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;

    Fonts(PDDocument document) {
        this.regular = load(document, "LiberationSerif-Regular.ttf");
        this.bold = load(document, "LiberationSerif-Bold.ttf");
        this.italic = load(document, "LiberationSerif-Italic.ttf");
    }

    Style regular(float size) {
        return new Style(regular, size);
    }

    Style bold(float size) {
        return new Style(bold, size);
    }

    Style italic(float size) {
        return new Style(italic, size);
    }

    private static PDFont load(PDDocument document, String file) {
        try (InputStream font = Fonts.class.getResourceAsStream("/fonts/" + file)) {
            if (font == null) {
                throw new IllegalStateException("font " + file + " is missing from the classpath");
            }
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
