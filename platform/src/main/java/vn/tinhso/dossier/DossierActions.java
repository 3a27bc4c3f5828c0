package vn.tinhso.dossier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.dossier.jdbc.JdbcDossiers;
import vn.tinhso.shared.Actor;

/**
 * What officers do to a dossier after intake. Each action loads the dossier, lets it check and apply the change,
 * stores it (optimistically locked), writes the timeline and the audit log, and publishes the change.
 */
@Service
public class DossierActions {

    private final JdbcDossiers dossiers;
    private final WorkingCalendar calendar;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final DossierAccess access;

    DossierActions(JdbcDossiers dossiers, WorkingCalendar calendar, AuditLog audit,
            ApplicationEventPublisher events, Clock clock, DossierAccess access) {
        this.clock = clock;
        this.access = access;
        this.dossiers = dossiers;
        this.calendar = calendar;
        this.audit = audit;
        this.events = events;
    }

    /** The actions, as named in the API. */
    public enum Action {
        START_PROCESSING, REQUEST_SUPPLEMENT, SUPPLEMENT_PROVIDED, REQUEST_PAYMENT, PAYMENT_RECEIVED, PAUSE, RESUME,
        REFUSE, APOLOGISE, RESULT_READY, RETURN_RESULT, WITHDRAW, CANCEL
    }

    /**
     * @param reason   required for supplement requests, payment requests, payment proofs (the receipt's number),
     *                 pauses (the excluded period), refusals, apologies, withdrawals and cancellations
     * @param newDueAt the new appointment, for an apology
     */
    @Transactional
    public Dossier perform(String code, Action action, String reason, Instant newDueAt) {
        DossierCode dossierCode = new DossierCode(code);
        Dossier dossier = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code));
        access.check(dossier);
        DossierStatus before = dossier.status();
        Instant dueBefore = dossier.dueAt();
        apply(dossier, action, reason, newDueAt, clock.instant());
        if (!dossiers.update(dossier)) {
            throw IntakeRefused.changedConcurrently(code);
        }
        var changes = dossier.drainChanges();
        dossiers.append(dossierCode, changes, Actor.current());
        audit.record("dossier." + action.name().toLowerCase().replace('_', '-'), "Dossier", code,
                Map.of("status", before, "dueAt", dueBefore.toString()),
                Map.of("status", dossier.status(), "dueAt", dossier.dueAt().toString(),
                        "reason", reason == null ? "" : reason));
        changes.forEach(change -> events.publishEvent(new DossierStatusChanged(code, change.action(), change.from(),
                change.to(), change.reason(), change.visibleToCitizen(), change.at())));
        return dossier;
    }

    /**
     * The workflow reports the steps open now; each newly entered one goes on the timeline, visible to the citizen
     * (which unit holds the dossier, until when). The status does not change, so no notice is sent.
     */
    @Transactional
    public void recordSteps(String code, List<CurrentStep> open, List<CurrentStep> entered) {
        DossierCode dossierCode = new DossierCode(code);
        if (!dossiers.updateSteps(dossierCode, open)) {
            throw new DossierNotFound(code);
        }
        if (entered.isEmpty()) {
            return; // a process start: the receipt already told where the dossier is
        }
        DossierStatus status = dossiers.find(dossierCode).orElseThrow(() -> new DossierNotFound(code)).status();
        Instant now = clock.instant();
        dossiers.append(dossierCode, entered.stream().map(step -> new Transition("step-entered", status, status,
                step.name(), true, now)).toList(), Actor.current());
    }

    private void apply(Dossier dossier, Action action, String reason, Instant newDueAt, Instant now) {
        switch (action) {
            case START_PROCESSING -> dossier.startProcessing(now);
            case REQUEST_SUPPLEMENT -> dossier.requestSupplement(reason, now, calendar);
            case SUPPLEMENT_PROVIDED -> dossier.supplementProvided(now, calendar);
            case REQUEST_PAYMENT -> dossier.awaitPayment(reason, now, calendar);
            case PAYMENT_RECEIVED -> dossier.paymentReceived(reason, now, calendar);
            case PAUSE -> dossier.pauseForExcludedPeriod(reason, now, calendar);
            case RESUME -> dossier.resumeAfterExcludedPeriod(now, calendar);
            case REFUSE -> dossier.refuse(reason, now);
            case APOLOGISE -> dossier.apologise(reason, newDueAt, now);
            case RESULT_READY -> dossier.resultReady(now, calendar.timeZone());
            case RETURN_RESULT -> dossier.returnResult(now);
            case WITHDRAW -> dossier.withdraw(reason, now);
            case CANCEL -> dossier.cancel(reason, now);
        }
    }
}
