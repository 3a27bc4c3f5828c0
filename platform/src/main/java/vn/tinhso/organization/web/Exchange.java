package vn.tinhso.organization.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.io.CatalogueFiles;
import vn.tinhso.organization.io.ImportSummary;
import vn.tinhso.organization.io.Sheet;

/** The import and export endpoints' shared work: pick the format, name the download. */
@Component
class Exchange {

    static final String TEXT_CSV = "text/csv";

    private final CatalogueFiles files;

    Exchange(CatalogueFiles files) {
        this.files = files;
    }

    ResponseEntity<byte[]> export(Sheet<?> sheet, String format, String name) {
        String chosen = format == null ? "csv" : format.toLowerCase(Locale.ROOT);
        byte[] body = switch (chosen) {
            case "csv" -> files.exportCsv(sheet);
            case "json" -> files.exportJson(sheet);
            default -> throw new ExportFormatUnknown(format);
        };
        MediaType type = chosen.equals("csv") ? new MediaType("text", "csv", StandardCharsets.UTF_8)
                : MediaType.APPLICATION_JSON;
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name + "." + chosen).build().toString())
                .body(body);
    }

    ImportSummary importCsv(Sheet<?> sheet, byte[] body) {
        return files.importCsv(sheet, body);
    }

    ImportSummary importJson(Sheet<?> sheet, byte[] body) {
        return files.importJson(sheet, body);
    }
}
