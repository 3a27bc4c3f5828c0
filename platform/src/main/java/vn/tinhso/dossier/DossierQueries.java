package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.jdbc.JdbcComments;
import vn.tinhso.dossier.jdbc.JdbcDossiers;

/** Reading dossiers: the officer's full view, the agency's inbox, and the citizen's public lookup. */
@Service
public class DossierQueries {

    /** An inbox filtered on timing is cut from at most this many dossiers, soonest due first. */
    private static final int TIMING_WINDOW = 2000;

    private final JdbcDossiers dossiers;
    private final JdbcComments comments;
    private final ProcedureCatalog catalog;
    private final Timings timings;
    private final Clock clock;
    private final DossierAccess access;

    DossierQueries(JdbcDossiers dossiers, JdbcComments comments, ProcedureCatalog catalog, Timings timings,
            Clock clock, DossierAccess access) {
        this.dossiers = dossiers;
        this.comments = comments;
        this.catalog = catalog;
        this.timings = timings;
        this.clock = clock;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public DossierView view(String code) {
        DossierCode dossierCode = new DossierCode(code);
        Dossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code));
        access.check(dossier);
        return new DossierView(dossier.code().value(), dossier.status(), timings.of(dossier, clock.instant()),
                dossier.facts(), dossier.dueAt(), dossier.apologyIssued(), dossier.finishedAt(), dossier.outcome(),
                dossier.currentSteps(), dossiers.documents(dossierCode), dossiers.timeline(dossierCode, false),
                comments.of(code, false));
    }

    /** The dossier itself, without its documents and timeline. */
    @Transactional(readOnly = true)
    public Dossier dossier(String code) {
        return dossiers.find(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code));
    }

    /**
     * What starting the dossier's process needs — status, procedure version, due date — with the dossier's row locked
     * until the caller's transaction ends, so that no action changes it meanwhile; waits for an action in progress to
     * commit and then reads what it wrote.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ProcessStart lockForProcessStart(String code) {
        return dossiers.lockForProcessStart(new DossierCode(code)).orElseThrow(() -> new DossierNotFound(code));
    }

    /** A dossier as its process start sees it. */
    public record ProcessStart(DossierStatus status, String procedureCode, int procedureVersion, Instant dueAt) {
    }

    /** Those of the given dossiers that were received through the channel: one read for a whole task list. */
    @Transactional(readOnly = true)
    public Set<String> receivedThrough(Collection<String> codes, Channel channel) {
        return dossiers.receivedThrough(codes, channel);
    }

    /** Whether the applicant's payment of their financial obligations has been recorded (the payment proof). */
    @Transactional(readOnly = true)
    public boolean paymentProven(String code) {
        DossierCode dossierCode = new DossierCode(code);
        Dossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code));
        return dossier.status() != DossierStatus.WAITING_FOR_PAYMENT
                && Dossier.paid(dossiers.timeline(dossierCode, false));
    }

    @Transactional(readOnly = true)
    public List<InboxItem> inbox(InboxFilter filter) {
        access.checkUnit(filter.agencyCode());
        Instant now = clock.instant();
        int limit = Math.clamp(filter.limit(), 1, 500);
        return dossiers.inbox(filter.agencyCode(), filter.statuses(), filter.procedureCode(), filter.channel(),
                        filter.dueBefore(), filter.timing() == null ? limit : TIMING_WINDOW).stream()
                .map(dossier -> InboxItem.of(dossier, timings.of(dossier, now)))
                .filter(item -> filter.timing() == null || item.timing() == filter.timing())
                .limit(limit).toList();
    }

    /**
     * Tra cứu hồ sơ: the status of a dossier for whoever knows its code and the applicant's identification number
     * or phone. A wrong pair and an unknown code get the same answer, so the lookup reveals nothing. One statement, so
     * no transaction (see {@link JdbcDossiers#findPublic}).
     */
    public PublicStatus lookup(String code, String idNumber, String phone) {
        DossierCode dossierCode;
        try {
            dossierCode = new DossierCode(code);
        } catch (DossierCodeMalformed malformed) {
            throw new DossierNotFound(code);
        }
        JdbcDossiers.PublicRow dossier = dossiers.findPublic(dossierCode, idNumber, phone)
                .orElseThrow(() -> new DossierNotFound(code));
        String procedureName = catalog.name(dossier.procedureCode(), dossier.procedureVersion());
        return new PublicStatus(dossierCode.value(), dossier.procedureCode(), procedureName, dossier.status(),
                dossier.currentSteps(), dossier.receivedAt(), dossier.dueAt(), dossier.outcome(),
                dossier.history(), dossier.comments());
    }

    /**
     * Which dossiers an inbox shows.
     *
     * @param procedureCode, channel, dueBefore, timing optional filters ({@code null}: any)
     */
    public record InboxFilter(String agencyCode, List<DossierStatus> statuses, String procedureCode, Channel channel,
            Instant dueBefore, Timing timing, int limit) {
    }

    /** One line of an inbox. */
    public record InboxItem(String code, DossierStatus status, Timing timing, String procedureCode,
            int procedureVersion, Channel channel, String applicantName, List<CurrentStep> currentSteps, Instant receivedAt,
            Instant dueAt) {

        static InboxItem of(Dossier dossier, Timing timing) {
            return new InboxItem(dossier.code().value(), dossier.status(), timing, dossier.facts().procedureCode(),
                    dossier.facts().procedureVersion(), dossier.facts().channel(), dossier.facts().applicant().fullName(), dossier.currentSteps(),
                    dossier.facts().receivedAt(), dossier.dueAt());
        }
    }

    /** The officer's view of a dossier. */
    public record DossierView(String code, DossierStatus status, Timing timing, Dossier.Facts facts, Instant dueAt,
            boolean apologyIssued, Instant finishedAt, Outcome outcome, List<CurrentStep> currentSteps,
            List<ReceivedDocument> documents, List<Transition> timeline, List<Comment> comments) {
    }

    /** What the public lookup shows: no personal data beyond what the caller already knows. */
    public record PublicStatus(String code, String procedureCode, String procedureName, DossierStatus status,
            List<CurrentStep> currentSteps, Instant receivedAt, Instant dueAt, Outcome outcome,
            List<Transition> history, List<Comment> comments) {
    }
}
