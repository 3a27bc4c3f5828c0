package vn.tinhso.printout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size. */
record Style(PDFont font, float size) {

    /** Distance between baselines: official documents use single to 1.15 spacing; 1.3 × size reads well on A4. */
    float leading() {
        return size * 1.3f;
    }

    float width(String text) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Style sized(float newSize) {
        return new Style(font, newSize);
    }
}
