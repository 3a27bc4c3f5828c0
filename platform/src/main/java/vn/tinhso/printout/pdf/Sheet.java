package vn.tinhso.printout.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A writing cursor over the pages of one document: prints from the top down and starts a new A4 page when the next
 * block would cross the bottom margin. I/O errors on an in-memory document are bugs, so they surface unchecked.
 */
final class Sheet {

    static final float MM = 72f / 25.4f;
    static final PDRectangle A4 = PDRectangle.A4;
    // Margins of Decree 30/2020/NĐ-CP, Annex I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
    static final float LEFT = 30 * MM;
    static final float RIGHT = A4.getWidth() - 15 * MM;
    static final float TOP = A4.getHeight() - 20 * MM;
    static final float BOTTOM = 20 * MM;
    static final float WIDTH = RIGHT - LEFT;

    private final PDDocument document;
    private final Consumer<Sheet> startOfPage;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream content;
    private float y;

    /** @param startOfPage prints what every page carries (the QR code) on each new page */
    Sheet(PDDocument document, Consumer<Sheet> startOfPage) {
        this.document = document;
        this.startOfPage = startOfPage;
        newPage();
    }

    void newPage() {
        closeContent();
        PDPage page = new PDPage(A4);
        document.addPage(page);
        pages.add(page);
        content = io(() -> new PDPageContentStream(document, page));
        y = TOP;
        startOfPage.accept(this);
    }

    int pageCount() {
        return pages.size();
    }

    float y() {
        return y;
    }

    void moveTo(float newY) {
        y = newY;
    }

    void down(float distance) {
        y -= distance;
    }

    /** Starts a new page unless {@code height} points still fit above the bottom margin. */
    void keep(float height) {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    /** Prints runs wrapped into {@code width} starting at {@code x}, line by line, breaking pages between lines. */
    void paragraph(List<Run> runs, float x, float width, Align align) {
        for (List<TextFlow.Word> line : TextFlow.lines(runs, width)) {
            float leading = leading(line);
            keep(leading);
            printLine(line, start(line, x, width, align), y - leading * 0.8f);
            y -= leading;
        }
    }

    /** Prints lines inside a box whose top is {@code top} without moving the cursor; returns the height used. */
    float block(List<List<TextFlow.Word>> lines, float x, float width, Align align, float top) {
        float used = 0;
        for (List<TextFlow.Word> line : lines) {
            float leading = leading(line);
            printLine(line, start(line, x, width, align), top - used - leading * 0.8f);
            used += leading;
        }
        return used;
    }

    static float height(List<List<TextFlow.Word>> lines) {
        return (float) lines.stream().mapToDouble(Sheet::leading).sum();
    }

    private static float start(List<TextFlow.Word> line, float x, float width, Align align) {
        return switch (align) {
            case LEFT -> x;
            case CENTRE -> x + (width - TextFlow.width(line)) / 2;
            case RIGHT -> x + width - TextFlow.width(line);
        };
    }

    void paragraph(String text, Style style, float x, float width, Align align) {
        paragraph(List.of(new Run(text, style)), x, width, align);
    }

    /** Prints one line at a fixed baseline without moving the cursor (header blocks, table cells). */
    void text(String text, Style style, float x, float baseline) {
        io(() -> {
            content.beginText();
            content.setFont(style.font(), style.size());
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
            return null;
        });
    }

    void line(float x1, float y1, float x2, float y2, float thickness) {
        io(() -> {
            content.setLineWidth(thickness);
            content.moveTo(x1, y1);
            content.lineTo(x2, y2);
            content.stroke();
            return null;
        });
    }

    void box(float x, float top, float width, float height) {
        io(() -> {
            content.setLineWidth(0.6f);
            content.addRect(x, top - height, width, height);
            content.stroke();
            return null;
        });
    }

    /** Adds a black rectangle to the current path; {@link #fill()} paints all added rectangles at once. */
    void square(float x, float y, float width, float height) {
        io(() -> {
            content.addRect(x, y, width, height);
            return null;
        });
    }

    void fill() {
        io(() -> {
            content.fill();
            return null;
        });
    }

    void finish() {
        closeContent();
    }

    List<PDPage> pages() {
        return List.copyOf(pages);
    }

    private void printLine(List<TextFlow.Word> line, float x, float baseline) {
        float cursor = x;
        int i = 0;
        // Consecutive words of one style go out as one string, so text extraction sees real spaces between words.
        while (i < line.size()) {
            Style style = line.get(i).style();
            StringBuilder segment = new StringBuilder(line.get(i++).text());
            while (i < line.size() && line.get(i).style().equals(style)) {
                segment.append(' ').append(line.get(i++).text());
            }
            String text = i < line.size() ? segment + " " : segment.toString();
            text(text, style, cursor, baseline);
            cursor += style.width(text);
        }
    }

    private static float leading(List<TextFlow.Word> line) {
        return (float) line.stream().mapToDouble(word -> word.style().leading()).max().orElse(0);
    }

    private void closeContent() {
        if (content != null) {
            io(() -> {
                content.close();
                return null;
            });
            content = null;
        }
    }

    private interface PdfAction<T> {
        T run() throws IOException;
    }

    private static <T> T io(PdfAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
