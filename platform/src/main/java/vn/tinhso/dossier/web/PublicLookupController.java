package vn.tinhso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.dossier.DossierQueries;

/** Tra cứu hồ sơ: anyone with the code and the applicant's id number (or phone) sees the status, without login. */
@RestController
@RequestMapping("/api/v1/public/dossiers")
@Tag(name = "Dossier lookup", description = "Tra cứu tình trạng hồ sơ không cần đăng nhập")
class PublicLookupController {

    private final DossierQueries queries;

    PublicLookupController(DossierQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/{code}")
    @Operation(summary = "Status, appointment and citizen-visible history; the same 404 when code and identity differ")
    DossierQueries.PublicStatus lookup(@PathVariable String code, @RequestParam(required = false) String idNumber,
            @RequestParam(required = false) String phone) {
        return queries.lookup(code, idNumber, phone);
    }
}
