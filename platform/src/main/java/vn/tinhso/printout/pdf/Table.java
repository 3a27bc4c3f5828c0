package vn.tinhso.printout.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table across the text width. A row never splits; a row that does not fit goes to the next page, under a
 * repeated heading row, so a long document list stays readable on its own page.
 */
final class Table {

    private static final float PADDING = 3;

    private final List<Column> columns;
    private final Style heading;
    private final Style body;

    Table(List<Column> columns, Fonts fonts) {
        this.columns = List.copyOf(columns);
        this.heading = fonts.bold(12);
        this.body = fonts.regular(12);
    }

    void print(Sheet sheet, List<List<String>> rows) {
        List<String> titles = columns.stream().map(Column::title).toList();
        sheet.keep(height(titles, heading) + height(rows.isEmpty() ? titles : rows.getFirst(), body));
        row(sheet, titles, heading, true);
        for (List<String> cells : rows) {
            if (sheet.y() - height(cells, body) < Sheet.BOTTOM) {
                sheet.newPage();
                row(sheet, titles, heading, true);
            }
            row(sheet, cells, body, false);
        }
    }

    private void row(Sheet sheet, List<String> cells, Style style, boolean heading) {
        float height = height(cells, style);
        float top = sheet.y();
        float x = Sheet.LEFT;
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            sheet.box(x, top, column.width(), height);
            Align align = heading ? Align.CENTRE : column.align();
            sheet.block(lines(cells.get(i), style, column), x + PADDING, column.width() - 2 * PADDING, align,
                    top - PADDING);
            x += column.width();
        }
        sheet.moveTo(top - height);
    }

    private float height(List<String> cells, Style style) {
        float tallest = 0;
        for (int i = 0; i < columns.size(); i++) {
            tallest = Math.max(tallest, Sheet.height(lines(cells.get(i), style, columns.get(i))));
        }
        return tallest + 2 * PADDING;
    }

    private static List<List<TextFlow.Word>> lines(String text, Style style, Column column) {
        List<List<TextFlow.Word>> lines = TextFlow.lines(List.of(new Run(text, style)), column.width() - 2 * PADDING);
        return lines.isEmpty() ? new ArrayList<>(List.of(List.of())) : lines;
    }
}
