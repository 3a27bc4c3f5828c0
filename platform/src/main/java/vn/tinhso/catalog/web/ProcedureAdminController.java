package vn.tinhso.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureCatalog.ImportResult;
import vn.tinhso.catalog.ProcedureCatalog.ImportRow;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.io.ProcedureWorkbook;

/** The catalogue administrator's API: drafts, publishing, retiring, import and export (JSON and Excel). */
@RestController
@RequestMapping("/api/v1/admin/procedures")
@Tag(name = "Procedures (administration)", description = "Quản trị danh mục thủ tục hành chính")
class ProcedureAdminController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final ProcedureCatalog catalog;
    private final ProcedureWorkbook workbook;

    ProcedureAdminController(ProcedureCatalog catalog, ProcedureWorkbook workbook) {
        this.catalog = catalog;
        this.workbook = workbook;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a definition as the procedure's draft (a new version, or the draft being edited)")
    Procedure saveDraft(@RequestBody ProcedureDefinition definition) {
        return catalog.saveDraft(definition);
    }

    @GetMapping("/{code}/versions")
    @Operation(summary = "Every version of a procedure with its status")
    List<Procedure> versions(@PathVariable String code) {
        return catalog.versions(code);
    }

    @PostMapping("/{code}/publish")
    @Operation(summary = "Publish the draft; the version in force is superseded")
    Procedure publish(@PathVariable String code) {
        return catalog.publish(code);
    }

    @PostMapping("/{code}/retire")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Withdraw the procedure (bãi bỏ)")
    void retire(@PathVariable String code) {
        catalog.retire(code);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import definitions from JSON, all or nothing")
    ImportResult importJson(@RequestBody List<ProcedureDefinition> definitions,
            @RequestParam(defaultValue = "true") boolean publish) {
        List<ImportRow> rows = IntStream.range(0, definitions.size())
                .mapToObj(i -> new ImportRow(definitions.get(i), null, i + 1)).toList();
        return catalog.importDefinitions(rows, publish);
    }

    @PostMapping(path = "/import", consumes = {XLSX, MediaType.APPLICATION_OCTET_STREAM_VALUE})
    @Operation(summary = "Import definitions from an Excel workbook, all or nothing; every bad row is reported")
    ImportResult importXlsx(@RequestBody byte[] file, @RequestParam(defaultValue = "true") boolean publish) {
        ProcedureWorkbook.Parsed parsed = workbook.read(file);
        return catalog.importDefinitions(parsed.rows(), parsed.violations(), publish);
    }

    @GetMapping(path = "/export", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Export the procedures in force as JSON")
    List<ProcedureDefinition> exportJson() {
        return catalog.published().stream().map(Procedure::definition).toList();
    }

    @GetMapping(path = "/export.xlsx")
    @Operation(summary = "Export the procedures in force as an Excel workbook")
    ResponseEntity<byte[]> exportXlsx() {
        byte[] file = workbook.write(catalog.published().stream().map(Procedure::definition).toList());
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(XLSX))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"thu-tuc-hanh-chinh.xlsx\"")
                .body(file);
    }
}
