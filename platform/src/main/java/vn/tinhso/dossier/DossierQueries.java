package vn.tinhso.dossier;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.jdbc.JdbcDossiers;

/** Reading dossiers: the officer's full view, the agency's inbox, and the citizen's public lookup. */
@Service
public class DossierQueries {

    private final JdbcDossiers dossiers;
    private final ProcedureCatalog catalog;
    private final DossierAccess access;

    DossierQueries(JdbcDossiers dossiers, ProcedureCatalog catalog, DossierAccess access) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public DossierView view(String code) {
        DossierCode dossierCode = new DossierCode(code);
        Dossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code));
        access.check(dossier);
        return new DossierView(dossier.code().value(), dossier.status(), dossier.facts(), dossier.dueAt(),
                dossier.apologyIssued(), dossier.finishedAt(), dossier.outcome(), dossiers.documents(dossierCode),
                dossiers.timeline(dossierCode, false));
    }

    /** The dossier itself, without its documents and timeline. */
    @Transactional(readOnly = true)
    public Dossier dossier(String code) {
        return dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code));
    }

    @Transactional(readOnly = true)
    public List<Dossier> inbox(String agencyCode, List<DossierStatus> statuses, int limit) {
        access.checkUnit(agencyCode);
        return dossiers.inbox(agencyCode, statuses, Math.clamp(limit, 1, 500));
    }

    /**
     * Tra cứu hồ sơ: the status of a dossier for whoever knows its code and the applicant's identification number
     * or phone. A wrong pair and an unknown code get the same answer, so the lookup reveals nothing.
     */
    @Transactional(readOnly = true)
    public PublicStatus lookup(String code, String idNumber, String phone) {
        DossierCode dossierCode;
        try {
            dossierCode = new DossierCode(code);
        } catch (DossierCodeMalformed malformed) {
            throw new DossierNotFound(code);
        }
        Dossier dossier = dossiers.find(dossierCode).filter(found -> matches(found.facts().applicant(), idNumber,
                phone)).orElseThrow(() -> new DossierNotFound(code));
        String procedureName = catalog.name(dossier.facts().procedureCode(), dossier.facts().procedureVersion());
        return new PublicStatus(dossier.code().value(), dossier.facts().procedureCode(), procedureName,
                dossier.status(), dossier.facts().receivedAt(), dossier.dueAt(), dossier.outcome(),
                dossiers.timeline(dossierCode, true));
    }

    private static boolean matches(Applicant applicant, String idNumber, String phone) {
        return idNumber != null && idNumber.equals(applicant.idNumber())
                || phone != null && !phone.isBlank() && phone.equals(applicant.phone());
    }

    /** The officer's view of a dossier. */
    public record DossierView(String code, DossierStatus status, Dossier.Facts facts, Instant dueAt,
            boolean apologyIssued, Instant finishedAt, Outcome outcome, List<ReceivedDocument> documents,
            List<Transition> timeline) {
    }

    /** What the public lookup shows: no personal data beyond what the caller already knows. */
    public record PublicStatus(String code, String procedureCode, String procedureName, DossierStatus status,
            Instant receivedAt, Instant dueAt, Outcome outcome, List<Transition> history) {
    }
}
