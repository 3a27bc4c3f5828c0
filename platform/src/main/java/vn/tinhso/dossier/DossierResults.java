package vn.tinhso.dossier;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.jdbc.JdbcDossiers;
import vn.tinhso.dossier.jdbc.JdbcResults;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileStore;
import vn.tinhso.shared.Actor;

/**
 * Results and ratings: the officer attaches the result document (digitised, in the applicant's result store, so a
 * later dossier can name it instead of a paper copy), and the applicant rates the service once it is returned.
 */
@Service
public class DossierResults {

    private static final int MAX_COMMENT = 2000;

    private final JdbcDossiers dossiers;
    private final JdbcResults results;
    private final FileStore files;
    private final AuditLog audit;
    private final Clock clock;
    private final DossierAccess access;
    private final ProcedureCatalog catalog;

    DossierResults(JdbcDossiers dossiers, JdbcResults results, FileStore files, AuditLog audit,
            Clock clock, DossierAccess access, ProcedureCatalog catalog) {
        this.clock = clock;
        this.access = access;
        this.catalog = catalog;
        this.dossiers = dossiers;
        this.results = results;
        this.files = files;
        this.audit = audit;
    }

    /** Attaches a stored file as a result of the dossier; the dossier must be settled or being settled. */
    @Transactional
    public ResultDocument attach(String code, String name, String fileId) {
        Dossier dossier = dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code));
        access.check(dossier);
        if (dossier.status() != DossierStatus.IN_PROGRESS && dossier.status() != DossierStatus.RESULT_READY) {
            throw new TransitionNotAllowed(code, dossier.status(), "result-attached");
        }
        files.describe(FileId.of(fileId));
        if (name == null || name.isBlank()) {
            throw new ReasonRequired("result-attached");
        }
        ResultDocument result = results.add(code, dossier.facts().applicant().idNumber(), name.strip(), fileId,
                clock.instant(), Actor.current());
        audit.record("dossier.result-attached", "Dossier", code, null, result);
        return result;
    }

    @Transactional(readOnly = true)
    public List<ResultDocument> ofDossier(String code) {
        access.check(dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code)));
        return results.ofDossier(code);
    }

    /**
     * The stored file of a result, for download: the applicant receives an electronic result only with the
     * assurance the rules ask (two factors); staff of the unit may print it for the counter.
     */
    @Transactional
    public ResultDocument forDownload(String code, String resultCode) {
        Dossier dossier = dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code));
        ResultDocument result = results.find(resultCode).filter(found -> found.dossierCode().equals(code))
                .orElseThrow(() -> new DossierNotFound(code + "/" + resultCode));
        access.checkResultReceipt(dossier, catalog.version(dossier.facts().procedureCode(),
                dossier.facts().procedureVersion()).definition().onlineMode());
        audit.record("dossier.result-downloaded", "Dossier", code, null, Map.of("result", resultCode));
        return result;
    }

    /** The applicant's result store (kho kết quả). */
    @Transactional(readOnly = true)
    public List<ResultDocument> ofApplicant(String idNumber) {
        access.checkResultStore(idNumber);
        return results.ofApplicant(idNumber);
    }

    /** A result named in a new dossier must be the same applicant's: returns its stored file. */
    @Transactional(readOnly = true)
    public String reusableFile(String resultCode, String applicantId) {
        return results.find(resultCode).filter(result -> result.applicantId().equals(applicantId))
                .map(ResultDocument::fileId).orElseThrow(() -> new ResultNotReusable(resultCode));
    }

    /** Đánh giá: once per dossier, after its result was returned, by whoever proves to be the applicant. */
    @Transactional
    public void rate(String code, String idNumber, int score, Map<String, Integer> criteria, String comment) {
        Dossier dossier = dossiers.find(new DossierCode(code))
                .filter(found -> found.facts().applicant().idNumber().equals(idNumber))
                .orElseThrow(() -> new DossierNotFound(code));
        if (dossier.status() != DossierStatus.RETURNED) {
            throw new RatingNotAllowed(code, "result-not-returned");
        }
        if (score < 1 || score > 5 || criteria != null && criteria.values().stream().anyMatch(v -> v < 1 || v > 5)) {
            throw new RatingNotAllowed(code, "score-out-of-range");
        }
        String trimmed = comment == null ? null : comment.strip();
        if (trimmed != null && trimmed.length() > MAX_COMMENT) {
            trimmed = trimmed.substring(0, MAX_COMMENT);
        }
        if (!results.rate(code, score, criteria, trimmed, clock.instant())) {
            throw new RatingNotAllowed(code, "already-rated");
        }
        audit.record("dossier.rated", "Dossier", code, null, Map.of("score", score));
    }
}
