package vn.tinhso.edxml;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;

/** Text forms of dates, times and agency codes on the wire. */
final class Formats {

    /** QCVN 102 agency code: at most 35 characters of digits, upper-case letters and dots (QĐ 20/2020 Art. 4). */
    static final Pattern ORGAN_ID = Pattern.compile("[0-9A-Z.]{1,35}");

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu/MM/dd");
    static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

    /** Other forms senders are seen to use; read, never written. */
    private static final List<DateTimeFormatter> READ_DATES = List.of(DATE, DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    private static final List<DateTimeFormatter> READ_TIMESTAMPS = List.of(TIMESTAMP,
            DateTimeFormatter.ISO_LOCAL_DATE_TIME, DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm:ss"));

    private Formats() {
    }

    static LocalDate parseDate(String text) {
        for (DateTimeFormatter f : READ_DATES) {
            try {
                return LocalDate.parse(text.trim(), f);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return null;
    }

    static LocalDateTime parseTimestamp(String text) {
        for (DateTimeFormatter f : READ_TIMESTAMPS) {
            try {
                return LocalDateTime.parse(text.trim(), f);
            } catch (DateTimeParseException ignored) {
                // try the next accepted form
            }
        }
        return null;
    }
}
