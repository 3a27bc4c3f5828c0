package vn.tinhso.organization.io;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Import and export of a {@link Sheet} as CSV or JSON. */
@Service
public class CatalogueFiles {

    private final CatalogueChanges changes;
    private final JsonMapper json;

    CatalogueFiles(CatalogueChanges changes, JsonMapper json) {
        this.changes = changes;
        this.json = json;
    }

    public <T> ImportSummary importCsv(Sheet<T> sheet, byte[] body) {
        return changes.importRows(sheet, CsvFiles.read(body, sheet.requiredColumns()));
    }

    public <T> ImportSummary importJson(Sheet<T> sheet, byte[] body) {
        return changes.importRows(sheet, JsonFiles.read(json, body));
    }

    @Transactional(readOnly = true)
    public <T> byte[] exportCsv(Sheet<T> sheet) {
        return CsvFiles.write(sheet.columns(), sheet.all().stream().map(sheet::toRow).toList());
    }

    @Transactional(readOnly = true)
    public <T> byte[] exportJson(Sheet<T> sheet) {
        return JsonFiles.write(json, sheet.all());
    }

    /** A JSON object sent to the single-record API, as a row of the sheet. */
    public static RawRow row(JsonNode object) {
        return JsonFiles.row(1, object);
    }
}
