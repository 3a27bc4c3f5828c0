package vn.tinhso.printout.pdf;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

/**
 * Page numbers, centred in the top margin from the second page on, as Decree 30/2020/NĐ-CP numbers multi-page
 * documents; a one-page notice carries none.
 */
final class PageNumbers {

    private PageNumbers() {
    }

    static void print(PDDocument document, Fonts fonts) throws IOException {
        int count = document.getNumberOfPages();
        Style style = fonts.regular(12);
        for (int number = 2; number <= count; number++) {
            PDPage page = document.getPage(number - 1);
            String text = number + "/" + count;
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.APPEND, true, true)) {
                content.beginText();
                content.setFont(style.font(), style.size());
                content.newLineAtOffset(Sheet.LEFT + (Sheet.WIDTH - style.width(text)) / 2, Sheet.TOP + 8 * Sheet.MM);
                content.showText(text);
                content.endText();
            }
        }
    }
}
