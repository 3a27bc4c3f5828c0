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
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyKind;
import vn.tinhso.organization.AgencyNotFound;
import vn.tinhso.organization.io.AgencySheet;
import vn.tinhso.organization.io.CatalogueChanges;
import vn.tinhso.organization.io.CatalogueFiles;
import vn.tinhso.organization.io.ImportSummary;
import vn.tinhso.organization.jdbc.Agencies;
import vn.tinhso.organization.jdbc.ResultPage;

/** Agencies: public look-ups as of a date; changes for catalogue administrators. */
@RestController
@RequestMapping("/api/v1/organization/agencies")
@Tag(name = "Agencies", description = "Cơ quan, đơn vị theo mã định danh QCVN 102 — theo ngày")
class AgencyController {

    private final Agencies agencies;
    private final AgencySheet sheet;
    private final CatalogueChanges changes;
    private final Exchange exchange;
    private final OrganizationProperties settings;

    AgencyController(Agencies agencies, AgencySheet sheet, CatalogueChanges changes, Exchange exchange,
            OrganizationProperties settings) {
        this.agencies = agencies;
        this.sheet = sheet;
        this.changes = changes;
        this.exchange = exchange;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Search agencies valid on a date",
            description = "q matches name or short name without regard to accents (\"So Tai nguyen\" finds \"Sở Tài "
                    + "nguyên và Môi trường\") or the exact code; unit is the code of the administrative unit served.")
    ResultPage<Agency> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) AgencyKind kind, @RequestParam(required = false) String unit,
            @RequestParam(required = false) String parent,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        AgencyCode parentCode = parent == null || parent.isBlank() ? null : AgencyCode.of(parent);
        return agencies.search(q, kind, unit, parentCode, settings.dayOr(at), OrganizationProperties.page(page),
                settings.pageSize(size));
    }

    @GetMapping("/{code}")
    @Operation(summary = "One agency",
            description = "400 agency-code-malformed unless the code is at most 35 characters of 0-9, A-Z and dots. "
                    + "With at: as it was that day; without: today's or, if dissolved, its last state.")
    Agency agency(@PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at) {
        AgencyCode parsed = AgencyCode.of(code);
        return (at == null ? agencies.find(parsed) : agencies.findOn(parsed, at))
                .orElseThrow(() -> new AgencyNotFound(code));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agency (catalogue administrators)")
    Agency create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = Agency.class))) @RequestBody JsonNode body) {
        return changes.create(sheet, CatalogueFiles.row(body));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Replace an agency's data (catalogue administrators)")
    Agency update(@PathVariable String code, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = Agency.class))) @RequestBody JsonNode body) {
        return changes.update(sheet, AgencyCode.of(code).value(), CatalogueFiles.row(body));
    }

    @PostMapping("/{code}/close")
    @Operation(summary = "End an agency's validity on validTo (inclusive) and name its successors")
    Agency close(@PathVariable String code,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate validTo,
            @Parameter(description = "code of an agency that takes over; repeat for several")
            @RequestParam(name = "successor", required = false) List<String> successors) {
        List<String> next = successors == null ? List.of()
                : successors.stream().map(successor -> AgencyCode.of(successor).value()).toList();
        return changes.close(sheet, AgencyCode.of(code).value(), validTo, next);
    }

    @GetMapping("/export")
    @Operation(summary = "All agencies, every period, as CSV or JSON")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        return exchange.export(sheet, format, "agencies");
    }

    @PostMapping(path = "/import", consumes = Exchange.TEXT_CSV)
    @Operation(summary = "Import agencies from CSV (UTF-8, header row); all rows or none")
    ImportSummary importCsv(@RequestBody byte[] body) {
        return exchange.importCsv(sheet, body);
    }

    @PostMapping(path = "/import", consumes = "application/json")
    @Operation(summary = "Import agencies from a JSON array; all rows or none")
    ImportSummary importJson(@RequestBody byte[] body) {
        return exchange.importJson(sheet, body);
    }
}
