package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.catalog.FormError;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCaseNotFound;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.catalog.TimeLimit;
import vn.tinhso.dossier.jdbc.JdbcDossiers;
import vn.tinhso.files.FileId;
import vn.tinhso.files.FileStore;
import vn.tinhso.shared.Actor;

/**
 * Receiving a dossier (tiếp nhận hồ sơ) on any channel: the procedure in force and its case, the completeness check,
 * the e-form, the appointment date, a gap-free dossier code — all in one transaction, so an acknowledged dossier is
 * stored whole or not at all.
 */
@Service
public class DossierIntake {

    private static final int MAX_DAILY_SEQUENCE = 9999;

    private final ProcedureCatalog catalog;
    private final JdbcDossiers dossiers;
    private final Deadlines deadlines;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FileStore files;
    private final DossierResults results;
    private final Clock clock;
    private final DossierAccess access;

    DossierIntake(ProcedureCatalog catalog, JdbcDossiers dossiers, Deadlines deadlines, AuditLog audit,
            ApplicationEventPublisher events, FileStore files, DossierResults results, Clock clock,
            DossierAccess access) {
        this.access = access;
        this.catalog = catalog;
        this.files = files;
        this.results = results;
        this.dossiers = dossiers;
        this.deadlines = deadlines;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Receipt receive(IntakeRequest request) {
        Procedure procedure = catalog.current(request.procedureCode());
        String caseId = checkCase(procedure, request.caseId());
        checkAgency(procedure, request.agencyCode());
        access.checkIntake(request.agencyCode(), procedure);
        checkCompleteness(procedure, caseId, request.documents());
        List<ReceivedDocument> documents = reuseResults(request.documents(), request.applicant());
        checkFiles(documents);
        checkForm(procedure, caseId, request);
        TimeLimit limit = procedure.timeLimitFor(caseId, request.channel())
                .orElseThrow(() -> IntakeRefused.noTimeLimit(procedure.code().value()));

        Instant now = clock.instant();
        DossierCode code = allocateCode(request.agencyCode(), now);
        Dossier.Facts facts = new Dossier.Facts(request.agencyCode(), procedure.code().value(), procedure.version(),
                caseId, request.channel(), request.applicant(), request.submitter(), request.delivery(), now,
                deadlines.dueAt(now, limit), Actor.current());
        Dossier dossier = Dossier.receive(code, facts);
        dossiers.insert(dossier, request.formData(), namesFilledIn(procedure, documents));
        dossiers.append(code, dossier.drainChanges(), facts.receivedBy());
        audit.record("dossier.received", "Dossier", code.value(), null, Map.of("procedure",
                facts.procedureCode() + " v" + facts.procedureVersion(), "channel", facts.channel(),
                "applicantId", facts.applicant().idNumber(), "dueAt", dossier.dueAt().toString()));
        events.publishEvent(new DossierReceived(code.value(), facts.agencyCode(), facts.procedureCode(),
                dossier.dueAt(), facts.applicant()));
        return new Receipt(code.value(), dossier.status(), now, dossier.dueAt());
    }

    private DossierCode allocateCode(String agencyCode, Instant now) {
        LocalDate day = now.atZone(deadlines.calendar().timeZone()).toLocalDate();
        int sequence = dossiers.nextSequence(agencyCode, day);
        if (sequence > MAX_DAILY_SEQUENCE) {
            throw IntakeRefused.dailyNumbersExhausted(agencyCode);
        }
        return DossierCode.of(agencyCode, day, sequence);
    }

    private static String checkCase(Procedure procedure, String caseId) {
        var cases = procedure.definition().cases();
        if (caseId == null) {
            if (cases.size() > 1) {
                throw new ProcedureCaseNotFound(procedure.code().value(), "");
            }
            return cases.isEmpty() ? null : cases.getFirst().id();
        }
        if (cases.stream().noneMatch(aCase -> aCase.id().equals(caseId))) {
            throw new ProcedureCaseNotFound(procedure.code().value(), caseId);
        }
        return caseId;
    }

    private static void checkAgency(Procedure procedure, String agencyCode) {
        List<String> agencies = procedure.definition().implementingAgencies();
        if (agencyCode == null || !agencies.isEmpty() && !agencies.contains(agencyCode)) {
            throw IntakeRefused.notOfferedBy(procedure.code().value(), String.valueOf(agencyCode));
        }
    }

    /** Documents handed in (not only shown) that the case makes mandatory must all be there. */
    private static void checkCompleteness(Procedure procedure, String caseId, List<ReceivedDocument> received) {
        Set<String> given = received.stream().map(ReceivedDocument::documentId).collect(Collectors.toSet());
        List<String> missing = procedure.documentsFor(caseId).stream()
                .filter(document -> document.mandatory() && !document.toShow())
                .filter(document -> !given.contains(document.id()))
                .map(RequiredDocument::name).toList();
        if (!missing.isEmpty()) {
            throw new DossierIncomplete(missing);
        }
    }

    /** "Provide once": an earlier result of the same applicant stands for the document, with its stored file. */
    private List<ReceivedDocument> reuseResults(List<ReceivedDocument> documents, Applicant applicant) {
        return documents.stream().map(document -> document.resultCode() == null ? document
                : document.withFile(results.reusableFile(document.resultCode(), applicant.idNumber()))).toList();
    }

    /** Every scan or upload named must be stored already (uploaded first, through the attachments API). */
    private void checkFiles(List<ReceivedDocument> documents) {
        documents.stream().map(ReceivedDocument::fileId).filter(id -> id != null && !id.isBlank())
                .forEach(id -> files.describe(FileId.of(id)));
    }

    private void checkForm(Procedure procedure, String caseId, IntakeRequest request) {
        if (procedure.formFor(caseId).isEmpty()) {
            return;
        }
        List<FormError> errors = catalog.validateForm(procedure.code().value(), procedure.version(), caseId,
                request.formData() == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        : request.formData());
        if (!errors.isEmpty()) {
            throw new DossierFormInvalid(errors);
        }
    }

    /** Stores each document under the name the procedure gives it, whatever the client sent. */
    private static List<ReceivedDocument> namesFilledIn(Procedure procedure, List<ReceivedDocument> received) {
        Map<String, String> names = procedure.definition().documents().stream()
                .collect(Collectors.toMap(RequiredDocument::id, RequiredDocument::name, (a, b) -> a));
        return received.stream().map(document -> new ReceivedDocument(document.documentId(),
                names.getOrDefault(document.documentId(), document.name() == null ? document.documentId()
                        : document.name()), document.originals(), document.copies(), document.fileId(),
                document.resultCode())).toList();
    }
}
