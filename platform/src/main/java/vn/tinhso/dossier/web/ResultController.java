package vn.tinhso.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.dossier.DossierResults;
import vn.tinhso.dossier.ResultDocument;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileStore;
import vn.tinhso.files.StoredFile;

/** Results of dossiers, the applicant's result store, and the rating after the result is returned. */
@RestController
@Tag(name = "Results and ratings", description = "Kết quả giải quyết, kho kết quả, đánh giá mức độ hài lòng")
class ResultController {

    private final DossierResults results;
    private final FileStore files;

    ResultController(DossierResults results, FileStore files) {
        this.results = results;
        this.files = files;
    }

    @PostMapping("/api/v1/dossiers/{code}/results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Attach a stored file as a result (code <dossier>-KQ<n>), into the applicant's result store")
    ResultDocument attach(@PathVariable String code, @RequestBody NewResult body) {
        return results.attach(code, body.name(), body.fileId());
    }

    @GetMapping("/api/v1/dossiers/{code}/results")
    @Operation(summary = "The results of a dossier")
    List<ResultDocument> ofDossier(@PathVariable String code) {
        return results.ofDossier(code);
    }

    @GetMapping("/api/v1/dossiers/{code}/results/{resultCode}/file")
    @Operation(summary = "Receive a result electronically: the applicant needs two factors (AS rules), staff of the unit"
            + " may print it")
    ResponseEntity<InputStreamResource> download(@PathVariable String code, @PathVariable String resultCode) {
        ResultDocument result = results.forDownload(code, resultCode);
        StoredFile file = files.describe(FileId.of(result.fileId()));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .contentLength(file.sizeBytes())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + result.code() + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(files.open(file.id())));
    }

    @GetMapping("/api/v1/results")
    @Operation(summary = "An applicant's result store, newest first, to reuse in a new dossier")
    List<ResultDocument> ofApplicant(@RequestParam String idNumber) {
        return results.ofApplicant(idNumber);
    }

    @PostMapping("/api/v1/public/dossiers/{code}/rating")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Rate the service once the result is returned (1–5, optional criteria and comment)")
    void rate(@PathVariable String code, @RequestParam String idNumber, @RequestBody Rating body) {
        results.rate(code, idNumber, body.score(), body.criteria(), body.comment());
    }

    record NewResult(String name, String fileId) {
    }

    /** @param criteria scores per criterion of the national satisfaction form, 1–5 each */
    record Rating(int score, Map<String, Integer> criteria, String comment) {
    }
}
