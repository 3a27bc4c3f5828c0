package vn.tinhso.organization.io;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyCodeMalformed;

/** Reads typed values out of one {@link RawRow}, noting every problem instead of stopping at the first. */
final class RowReader {

    static final int MAX_TEXT = 500;
    private static final String LIST_SEPARATOR = ";";

    private final RawRow row;
    private final List<RowError> errors;
    private final int errorsBefore;

    RowReader(RawRow row, List<RowError> errors) {
        this.row = row;
        this.errors = errors;
        this.errorsBefore = errors.size();
    }

    int number() {
        return row.number();
    }

    /** Whether this row has been clean so far. */
    boolean clean() {
        return errors.size() == errorsBefore;
    }

    void reject(String column, String reason) {
        errors.add(new RowError(row.number(), column, row.get(column), reason));
    }

    String text(String column) {
        String value = row.get(column);
        if (value != null && value.length() > MAX_TEXT) {
            reject(column, "too-long");
            return null;
        }
        return value;
    }

    String required(String column) {
        String value = text(column);
        if (value == null && row.get(column) == null) {
            reject(column, "required");
        }
        return value;
    }

    String matching(String column, Pattern pattern, boolean required) {
        String value = required ? required(column) : text(column);
        if (value != null && !pattern.matcher(value).matches()) {
            reject(column, "malformed");
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = row.get(column);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            reject(column, "malformed-date");
            return null;
        }
    }

    <E extends Enum<E>> E constant(String column, Class<E> type) {
        String value = required(column);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(column, "unknown-value");
            return null;
        }
    }

    AgencyCode agencyCode(String column, boolean required) {
        String value = required ? required(column) : row.get(column);
        return value == null ? null : parsed(column, value, AgencyCode::of);
    }

    List<AgencyCode> agencyCodes(String column) {
        return list(column).stream().map(value -> parsed(column, value, AgencyCode::of))
                .filter(Objects::nonNull).toList();
    }

    /** A {@code ;}-separated list (JSON arrays arrive joined the same way). */
    List<String> list(String column) {
        String value = row.get(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split(LIST_SEPARATOR)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Checks a period whose end must not come before its start. */
    void period(LocalDate from, LocalDate to, String toColumn) {
        if (from != null && to != null && to.isBefore(from)) {
            reject(toColumn, "period-inverted");
        }
    }

    private <T> T parsed(String column, String value, Function<String, T> parser) {
        try {
            return parser.apply(value);
        } catch (AgencyCodeMalformed e) {
            errors.add(new RowError(row.number(), column, value, "malformed"));
            return null;
        }
    }

    static String joined(List<?> values) {
        return values.stream().map(String::valueOf).reduce((a, b) -> a + LIST_SEPARATOR + b).orElse("");
    }
}
