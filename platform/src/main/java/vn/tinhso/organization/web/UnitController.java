package vn.tinhso.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.UnitLevel;
import vn.tinhso.organization.UnitNotFound;
import vn.tinhso.organization.io.CatalogueChanges;
import vn.tinhso.organization.io.CatalogueFiles;
import vn.tinhso.organization.io.ImportSummary;
import vn.tinhso.organization.io.UnitSheet;
import vn.tinhso.organization.jdbc.ResultPage;
import vn.tinhso.organization.jdbc.Units;

/** Administrative units: public look-ups as of a date; changes for catalogue administrators. */
@RestController
@RequestMapping("/api/v1/organization/units")
@Tag(name = "Administrative units", description = "Đơn vị hành chính: tỉnh, huyện (đến 30/6/2025), xã — theo ngày")
class UnitController {

    private final Units units;
    private final UnitSheet sheet;
    private final CatalogueChanges changes;
    private final Exchange exchange;
    private final OrganizationProperties settings;

    UnitController(Units units, UnitSheet sheet, CatalogueChanges changes, Exchange exchange,
            OrganizationProperties settings) {
        this.units = units;
        this.sheet = sheet;
        this.changes = changes;
        this.exchange = exchange;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Search units valid on a date",
            description = "q matches the name without regard to accents (\"soc trang\" finds \"Sóc Trăng\") or the "
                    + "exact code; exact and prefix matches come first. at defaults to today.")
    ResultPage<AdministrativeUnit> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) UnitLevel level, @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        return units.search(q, level, parent, settings.dayOr(at), OrganizationProperties.page(page),
                settings.pageSize(size));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit",
            description = "With at: the unit as it was that day, 404 if it did not exist then. Without: the unit "
                    + "today or, if it has been dissolved, its last state with validTo and successors.")
    AdministrativeUnit unit(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        return (at == null ? units.find(code) : units.findOn(code, at)).orElseThrow(() -> new UnitNotFound(code));
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Units directly under a unit on a date (default today)")
    List<AdministrativeUnit> children(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        units.find(code).orElseThrow(() -> new UnitNotFound(code));
        return units.children(code, settings.dayOr(at));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create a unit (catalogue administrators)")
    AdministrativeUnit create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = AdministrativeUnit.class))) @RequestBody JsonNode body) {
        return changes.create(sheet, CatalogueFiles.row(body));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Replace a unit's data (catalogue administrators)")
    AdministrativeUnit update(@PathVariable String code, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = AdministrativeUnit.class)))
            @RequestBody JsonNode body) {
        return changes.update(sheet, code, CatalogueFiles.row(body));
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "End a unit's validity on validTo (inclusive) and name its successors; nothing is deleted")
    AdministrativeUnit close(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @Parameter(description = "code of a unit that takes over; repeat for several")
            @RequestParam(name = "successor", required = false) List<String> successors) {
        return changes.close(sheet, code, validTo, successors == null ? List.of() : successors);
    }

    @GetMapping("/export")
    @Operation(summary = "All units, every period, as CSV or JSON")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        return exchange.export(sheet, format, "administrative-units");
    }

    @PostMapping(path = "/import", consumes = Exchange.TEXT_CSV)
    @Operation(summary = "Import units from CSV (UTF-8, header row); all rows or none")
    ImportSummary importCsv(@RequestBody byte[] body) {
        return exchange.importCsv(sheet, body);
    }

    @PostMapping(path = "/import", consumes = "application/json")
    @Operation(summary = "Import units from a JSON array; all rows or none")
    ImportSummary importJson(@RequestBody byte[] body) {
        return exchange.importJson(sheet, body);
    }
}
