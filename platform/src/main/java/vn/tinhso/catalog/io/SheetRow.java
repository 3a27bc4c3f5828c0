package vn.tinhso.catalog.io;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import vn.tinhso.catalog.ProcedureDefinitionInvalid.Violation;
import vn.tinhso.shared.VietnameseText;

/** One row of a workbook sheet, read cell by cell; every unreadable cell becomes a violation naming row and column. */
final class SheetRow {

    private static final DataFormatter FORMATTER = new DataFormatter();
    /** Codes and enumerated values may be separated by ';', ',' or line breaks. */
    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[;,\\n]\\s*");
    /** Free text (legal bases, results) contains commas and semicolons: one item per line. */
    private static final Pattern LINE_SEPARATOR = Pattern.compile("\\s*\\n\\s*");
    private static final List<String> YES = List.of("co", "x", "true", "1", "yes");
    private static final List<String> NO = List.of("khong", "", "false", "0", "no");

    private final Sheet layout;
    private final Row row;
    private final int number;
    private final List<Violation> violations;

    SheetRow(Sheet layout, Row row, int number, List<Violation> violations) {
        this.layout = layout;
        this.row = row;
        this.number = number;
        this.violations = violations;
    }

    static boolean headerMatches(Row header, Sheet layout, List<Violation> violations) {
        for (int column = 0; column < layout.columns.size(); column++) {
            String found = header == null || header.getCell(column) == null ? ""
                    : FORMATTER.formatCellValue(header.getCell(column));
            if (!VietnameseText.fold(found).equals(VietnameseText.fold(layout.columns.get(column)))) {
                violations.add(new Violation(layout.title, 1, layout.columns.get(column),
                        "Tiêu đề cột phải là '" + layout.columns.get(column) + "', thấy '" + found + "'"));
                return false;
            }
        }
        return true;
    }

    int number() {
        return number;
    }

    boolean isBlank() {
        return row == null || java.util.stream.IntStream.range(0, layout.columns.size())
                .allMatch(column -> text(column).isEmpty());
    }

    String text(int column) {
        if (row == null || row.getCell(column) == null) {
            return "";
        }
        return FORMATTER.formatCellValue(row.getCell(column)).strip();
    }

    String textOrNull(int column) {
        String text = text(column);
        return text.isEmpty() ? null : text;
    }

    String required(int column) {
        String text = text(column);
        if (text.isEmpty()) {
            fail(column, "Không được để trống");
        }
        return text;
    }

    List<String> list(int column) {
        String text = text(column);
        return text.isEmpty() ? List.of() : Arrays.stream(LIST_SEPARATOR.split(text)).filter(s -> !s.isEmpty())
                .toList();
    }

    List<String> lines(int column) {
        String text = text(column);
        return text.isEmpty() ? List.of() : Arrays.stream(LINE_SEPARATOR.split(text)).filter(s -> !s.isEmpty())
                .toList();
    }

    int integer(int column, int absent) {
        String text = text(column);
        if (text.isEmpty()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.replace(".", "").replace(",", ""));
        } catch (NumberFormatException e) {
            fail(column, "Không phải số nguyên: " + text);
            return absent;
        }
    }

    BigDecimal requiredDecimal(int column) {
        if (text(column).isEmpty()) {
            fail(column, "Không được để trống");
            return null;
        }
        return decimal(column);
    }

    BigDecimal decimal(int column) {
        String text = text(column).replace(",", ".");
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                fail(column, "Không được âm: " + text);
                return null;
            }
            return value;
        } catch (NumberFormatException e) {
            fail(column, "Không phải số: " + text);
            return null;
        }
    }

    boolean bool(int column) {
        String folded = VietnameseText.fold(text(column));
        if (YES.contains(folded)) {
            return true;
        }
        if (!NO.contains(folded)) {
            fail(column, "Phải là 'Có' hoặc 'Không': " + text(column));
        }
        return false;
    }

    <E extends Enum<E>> E value(Vocabulary<E> vocabulary, int column, E absent) {
        String text = text(column);
        if (text.isEmpty()) {
            return absent;
        }
        Optional<E> value = vocabulary.parse(text);
        if (value.isEmpty()) {
            fail(column, "Giá trị không hợp lệ: " + text);
        }
        return value.orElse(absent);
    }

    <E extends Enum<E>> List<E> values(Vocabulary<E> vocabulary, int column) {
        return list(column).stream().map(word -> {
            Optional<E> value = vocabulary.parse(word);
            if (value.isEmpty()) {
                fail(column, "Giá trị không hợp lệ: " + word);
            }
            return value;
        }).flatMap(Optional::stream).toList();
    }

    void fail(int column, String reason) {
        violations.add(new Violation(layout.title, number, layout.columns.get(column), reason));
    }
}
