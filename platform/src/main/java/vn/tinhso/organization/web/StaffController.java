package vn.tinhso.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
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
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.organization.StaffMemberNotFound;
import vn.tinhso.organization.io.CatalogueChanges;
import vn.tinhso.organization.io.CatalogueFiles;
import vn.tinhso.organization.io.ImportSummary;
import vn.tinhso.organization.io.RawRow;
import vn.tinhso.organization.io.StaffSheet;
import vn.tinhso.organization.jdbc.ResultPage;
import vn.tinhso.organization.jdbc.StaffMembers;

/** Staff of the agencies. Personal data: catalogue and system administrators only (see SecurityConfiguration). */
@RestController
@RequestMapping("/api/v1/organization/staff")
@Tag(name = "Staff", description = "Cán bộ, công chức — chỉ quản trị danh mục và quản trị hệ thống")
class StaffController {

    private final StaffMembers staff;
    private final StaffSheet sheet;
    private final CatalogueChanges changes;
    private final Exchange exchange;
    private final OrganizationProperties settings;

    StaffController(StaffMembers staff, StaffSheet sheet, CatalogueChanges changes, Exchange exchange,
            OrganizationProperties settings) {
        this.staff = staff;
        this.sheet = sheet;
        this.changes = changes;
        this.exchange = exchange;
        this.settings = settings;
    }

    @GetMapping
    @Operation(summary = "Search staff by name (accents ignored) and agency",
            description = "Staff active on at (default today); all=true includes people who have left.")
    ResultPage<StaffMember> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) String agency,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate at,
            @RequestParam(defaultValue = "false") boolean all,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        AgencyCode agencyCode = agency == null || agency.isBlank() ? null : AgencyCode.of(agency);
        return staff.search(q, agencyCode, all ? null : settings.dayOr(at), OrganizationProperties.page(page),
                settings.pageSize(size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One staff member")
    StaffMember member(@PathVariable String id) {
        return staff.find(id).orElseThrow(() -> new StaffMemberNotFound(id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a staff member; an id (CB-…) is made up when none is given")
    StaffMember create(@io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
            schema = @Schema(implementation = StaffMember.class))) @RequestBody JsonNode body) {
        RawRow row = CatalogueFiles.row(body);
        if (row.values().getOrDefault("id", "").isBlank()) {
            Map<String, String> values = new HashMap<>(row.values());
            values.put("id", "CB-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT));
            row = new RawRow(row.number(), values);
        }
        return changes.create(sheet, row);
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a staff member's data")
    StaffMember update(@PathVariable String id, @io.swagger.v3.oas.annotations.parameters.RequestBody(
            content = @Content(schema = @Schema(implementation = StaffMember.class))) @RequestBody JsonNode body) {
        return changes.update(sheet, id, CatalogueFiles.row(body));
    }

    @PostMapping("/{id}/close")
    @Operation(summary = "Record that a staff member left on activeTo (inclusive); staff are never deleted")
    StaffMember close(@PathVariable String id,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate activeTo) {
        return changes.close(sheet, id, activeTo, List.of());
    }

    @GetMapping("/export")
    @Operation(summary = "All staff records as CSV or JSON")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "csv") String format) {
        return exchange.export(sheet, format, "staff");
    }

    @PostMapping(path = "/import", consumes = Exchange.TEXT_CSV)
    @Operation(summary = "Import staff from CSV (UTF-8, header row); all rows or none")
    ImportSummary importCsv(@RequestBody byte[] body) {
        return exchange.importCsv(sheet, body);
    }

    @PostMapping(path = "/import", consumes = "application/json")
    @Operation(summary = "Import staff from a JSON array; all rows or none")
    ImportSummary importJson(@RequestBody byte[] body) {
        return exchange.importJson(sheet, body);
    }
}
