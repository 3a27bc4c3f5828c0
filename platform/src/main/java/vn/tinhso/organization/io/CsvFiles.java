package vn.tinhso.organization.io;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV in and out: UTF-8, a header row naming the columns, comma-separated, list cells joined with {@code ;}. Exports
 * start with a byte-order mark so spreadsheet programs show Vietnamese correctly; imports accept one.
 */
final class CsvFiles {

    private static final char BOM = '\uFEFF';
    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private CsvFiles() {
    }

    /** The data rows, numbered from 1; a missing required column or unreadable text rejects the whole file. */
    static List<RawRow> read(byte[] body, List<String> requiredColumns) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == BOM) {
            text = text.substring(1);
        }
        try (CSVParser parser = READ.parse(new StringReader(text))) {
            List<String> header = parser.getHeaderNames();
            List<RowError> missing = requiredColumns.stream().filter(column -> !header.contains(column))
                    .map(column -> new RowError(0, column, null, "missing-column")).toList();
            if (!missing.isEmpty()) {
                throw new ImportRejected(missing);
            }
            List<RawRow> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> values = new LinkedHashMap<>();
                header.forEach(column -> values.put(column, record.isSet(column) ? record.get(column) : null));
                values.values().removeIf(Objects::isNull);
                rows.add(new RawRow(rows.size() + 1, values));
            }
            return rows;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ImportRejected(List.of(new RowError(0, null, null, "unreadable")));
        }
    }

    static byte[] write(List<String> columns, List<Map<String, Object>> rows) {
        StringWriter out = new StringWriter().append(BOM);
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(columns.toArray(String[]::new)).get()
                .print(out)) {
            for (Map<String, Object> row : rows) {
                printer.printRecord(columns.stream().map(column -> Rows.text(row.get(column))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
