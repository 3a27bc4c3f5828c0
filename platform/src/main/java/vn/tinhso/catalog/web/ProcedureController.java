package vn.tinhso.catalog.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.ApplicantType;
import vn.tinhso.catalog.AreaType;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.FormError;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureQuery;
import vn.tinhso.catalog.ProcedureSummary;
import vn.tinhso.catalog.Quote;
import vn.tinhso.catalog.QuoteRequest;

/** The public catalogue: what citizens and businesses search, read and price before they apply. */
@RestController
@RequestMapping("/api/v1/procedures")
@Tag(name = "Procedures", description = "Danh mục thủ tục hành chính: tra cứu, phí, lệ phí, thời hạn, biểu mẫu")
class ProcedureController {

    private final ProcedureCatalog catalog;

    ProcedureController(ProcedureCatalog catalog) {
        this.catalog = catalog;
    }

    @GetMapping
    @Operation(summary = "Search procedures in force; Vietnamese with or without accents, typos tolerated")
    Page search(@RequestParam(required = false) String q, @RequestParam(required = false) String field,
            @RequestParam(required = false) String agency, @RequestParam(required = false) AdministrativeLevel level,
            @RequestParam(required = false) OnlineMode online, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        ProcedureQuery query = new ProcedureQuery(q, field, agency, level, online, page, size);
        return new Page(catalog.search(query), query.page(), query.size());
    }

    @GetMapping("/{code}")
    @Operation(summary = "The version of a procedure in force")
    Procedure current(@PathVariable String code) {
        return catalog.current(code);
    }

    @GetMapping("/{code}/versions/{version}")
    @Operation(summary = "A given version (what a dossier was submitted under)")
    Procedure version(@PathVariable String code, @PathVariable int version) {
        return catalog.version(code, version);
    }

    @GetMapping("/{code}/quote")
    @Operation(summary = "Fees, charges and time limit for one application")
    Quote quote(@PathVariable String code, @RequestParam(name = "case", required = false) String caseId,
            @RequestParam(required = false) ApplicantType applicantType, @RequestParam(required = false) AreaType area,
            @RequestParam(required = false) String objectType, @RequestParam(defaultValue = "1") int quantity,
            @RequestParam(defaultValue = "COUNTER") Channel channel) {
        return catalog.quote(code, new QuoteRequest(caseId, applicantType, area, objectType, quantity, channel));
    }

    @GetMapping("/{code}/form-schema")
    @Operation(summary = "JSON Schema of the e-form of a case")
    JsonNode formSchema(@PathVariable String code, @RequestParam(name = "case", required = false) String caseId) {
        return catalog.formSchema(code, caseId);
    }

    @PostMapping("/{code}/versions/{version}/form-check")
    @Operation(summary = "Check data entered in an e-form; answers every problem in Vietnamese and English")
    FormCheck checkForm(@PathVariable String code, @PathVariable int version,
            @RequestParam(name = "case", required = false) String caseId, @RequestBody JsonNode data) {
        List<FormError> errors = catalog.validateForm(code, version, caseId, data);
        return new FormCheck(errors.isEmpty(), errors);
    }

    record Page(List<ProcedureSummary> items, int page, int size) {
    }

    record FormCheck(boolean valid, List<FormError> errors) {
    }
}
