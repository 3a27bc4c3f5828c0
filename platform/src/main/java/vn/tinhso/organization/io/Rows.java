package vn.tinhso.organization.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the values of {@link Sheet#toRow} into cell text. */
final class Rows {

    private Rows() {
    }

    /** Cell text: empty for null, {@code ;}-joined for lists, ISO for dates. */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> RowReader.joined(list);
            default -> value.toString();
        };
    }

    static RawRow raw(int number, Map<String, Object> row) {
        Map<String, String> values = new LinkedHashMap<>();
        row.forEach((column, value) -> values.put(column, text(value)));
        return new RawRow(number, values);
    }
}
