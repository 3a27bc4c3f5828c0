package vn.tinhso.catalog.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.ProcedureCatalog.ImportRow;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.ProcedureDefinitionInvalid.Violation;

/**
 * The procedure catalogue as an Excel workbook, one sheet per part (procedures, cases, time limits, documents,
 * fees, steps, excluded periods, e-form fields), with Vietnamese headers and values — because provinces keep these
 * lists in Excel. Reading checks every row and reports every bad one with its sheet, row and column.
 */
@Component
public class ProcedureWorkbook {

    /** Larger workbooks are refused before parsing: a province's whole catalogue is far below this. */
    static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * Reads a workbook. Cells that cannot be read are returned as violations beside the rows that could, so the
     * catalogue reports them together with the rule violations of the rows.
     */
    public Parsed read(byte[] file) {
        if (file.length > MAX_BYTES) {
            throw ImportFileRefused.tooLarge(file.length, MAX_BYTES);
        }
        if (!startsWithZipMagic(file)) {
            throw ImportFileRefused.notXlsx();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            return parse(workbook);
        } catch (IOException | RuntimeException unreadable) {
            throw ImportFileRefused.notXlsx();
        }
    }

    public byte[] write(List<ProcedureDefinition> definitions) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle header = headerStyle(workbook);
            Map<Sheet, List<List<Object>>> rows = WorkbookRows.of(definitions);
            for (Sheet layout : Sheet.values()) {
                XSSFSheet sheet = workbook.createSheet(layout.title);
                writeRow(sheet.createRow(0), new ArrayList<>(layout.columns), header);
                List<List<Object>> content = rows.getOrDefault(layout, List.of());
                for (int i = 0; i < content.size(); i++) {
                    writeRow(sheet.createRow(i + 1), content.get(i), null);
                }
                for (int column = 0; column < layout.columns.size(); column++) {
                    sheet.setColumnWidth(column, 20 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Parsed parse(XSSFWorkbook workbook) {
        List<Violation> violations = new ArrayList<>();
        Map<String, DefinitionBuilder> procedures = new LinkedHashMap<>();
        for (Sheet layout : Sheet.values()) {
            XSSFSheet sheet = workbook.getSheet(layout.title);
            if (sheet == null) {
                if (layout == Sheet.PROCEDURES) {
                    violations.add(new Violation(layout.title, null, null, "Thiếu trang tính " + layout.title));
                }
                continue;
            }
            if (!SheetRow.headerMatches(sheet.getRow(0), layout, violations)) {
                continue;
            }
            for (int index = 1; index <= sheet.getLastRowNum(); index++) {
                SheetRow row = new SheetRow(layout, sheet.getRow(index), index + 1, violations);
                if (!row.isBlank()) {
                    DefinitionBuilder.accept(layout, row, procedures);
                }
            }
        }
        List<ImportRow> rows = procedures.values().stream()
                .map(builder -> new ImportRow(builder.build(), Sheet.PROCEDURES.title, builder.row()))
                .sorted(Comparator.comparing(ImportRow::row))
                .toList();
        return new Parsed(rows, violations);
    }

    /** What a workbook held: the procedures it describes and the cells that could not be read. */
    public record Parsed(List<ImportRow> rows, List<Violation> violations) {
    }

    private static void writeRow(Row row, List<Object> values, CellStyle style) {
        for (int column = 0; column < values.size(); column++) {
            Object value = values.get(column);
            Cell cell = row.createCell(column);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        return style;
    }

    private static boolean startsWithZipMagic(byte[] file) {
        if (file.length < ZIP_MAGIC.length) {
            return false;
        }
        for (int i = 0; i < ZIP_MAGIC.length; i++) {
            if (file[i] != ZIP_MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
