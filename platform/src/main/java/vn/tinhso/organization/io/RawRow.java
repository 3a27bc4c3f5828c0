package vn.tinhso.organization.io;

import java.util.Map;

/**
 * One record as read from a CSV line or a JSON object, before validation: column name → text. {@code number} counts
 * records from 1 (in a CSV file, row 1 is the line after the header).
 */
public record RawRow(int number, Map<String, String> values) {

    public RawRow {
        values = Map.copyOf(values);
    }

    /** The stripped text of {@code column}, or null when absent or blank. */
    String get(String column) {
        String value = values.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
