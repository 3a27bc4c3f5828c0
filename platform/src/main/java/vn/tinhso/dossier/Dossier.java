package vn.tinhso.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.catalog.Channel;

/**
 * An administrative dossier (hồ sơ thủ tục hành chính). It owns its lifecycle: each action checks the status it
 * starts from, records a {@link Transition}, and moves the deadline clock — paused while the applicant must act or
 * during a period the procedure excludes, resumed with the working time that was left.
 */
public final class Dossier {

    private final DossierCode code;
    private final Facts facts;
    private DossierStatus status;
    private Instant dueAt;
    private Duration remainingWhilePaused;
    /** The appointment the law sets: moved by the stopped clock, never by an apology. The outcome is measured on it. */
    private Instant statutoryDueAt;
    private Duration statutoryRemainingWhilePaused;
    private boolean apologyIssued;
    private Instant finishedAt;
    private Outcome outcome;
    private final int version;
    private final List<CurrentStep> currentSteps;
    private final List<Transition> changes = new ArrayList<>();

    /**
     * What does not change after intake.
     *
     * @param originalDueAt the appointment on the receipt slip; the outcome is measured against it
     */
    public record Facts(String agencyCode, String procedureCode, int procedureVersion, String caseId,
            Channel channel, Applicant applicant, Applicant submitter, DeliveryMethod delivery, Instant receivedAt,
            Instant originalDueAt, String receivedBy) {
    }

    /** Restores a dossier as stored. */
    public Dossier(DossierCode code, Facts facts, DossierStatus status, Instant dueAt, Duration remainingWhilePaused,
            Instant statutoryDueAt, Duration statutoryRemainingWhilePaused, boolean apologyIssued, Instant finishedAt, Outcome outcome, int version, List<CurrentStep> currentSteps) {
        this.code = code;
        this.facts = facts;
        this.status = status;
        this.dueAt = dueAt;
        this.remainingWhilePaused = remainingWhilePaused;
        this.statutoryDueAt = statutoryDueAt == null ? dueAt : statutoryDueAt;
        this.statutoryRemainingWhilePaused = statutoryRemainingWhilePaused == null ? remainingWhilePaused
                : statutoryRemainingWhilePaused;
        this.apologyIssued = apologyIssued;
        this.finishedAt = finishedAt;
        this.outcome = outcome;
        this.version = version;
        this.currentSteps = currentSteps == null ? List.of() : List.copyOf(currentSteps);
    }

    static Dossier receive(DossierCode code, Facts facts) {
        Dossier dossier = new Dossier(code, facts, DossierStatus.RECEIVED, facts.originalDueAt(), null, null, null,
                false, null,
                null, 0, List.of());
        dossier.changes.add(new Transition("received", null, DossierStatus.RECEIVED, null, true,
                facts.receivedAt()));
        return dossier;
    }

    void startProcessing(Instant now) {
        move("processing-started", DossierStatus.IN_PROGRESS, null, false, now, DossierStatus.RECEIVED);
    }

    void requestSupplement(String reason, Instant now, WorkingCalendar calendar) {
        requireReason(reason, "supplement-requested");
        pause(now, calendar);
        move("supplement-requested", DossierStatus.WAITING_FOR_SUPPLEMENT, reason, true, now,
                DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS);
    }

    void supplementProvided(Instant now, WorkingCalendar calendar) {
        move("supplement-provided", DossierStatus.IN_PROGRESS, null, true, now,
                DossierStatus.WAITING_FOR_SUPPLEMENT);
        resume(now, calendar);
    }

    void awaitPayment(String reason, Instant now, WorkingCalendar calendar) {
        requireReason(reason, "payment-requested");
        pause(now, calendar);
        move("payment-requested", DossierStatus.WAITING_FOR_PAYMENT, reason, true, now, DossierStatus.IN_PROGRESS);
    }

    /** @param proof the payment proof (chứng từ nộp tiền): its number and issuer, as shown on the receipt */
    void paymentReceived(String proof, Instant now, WorkingCalendar calendar) {
        requireReason(proof, "payment-received");
        move("payment-received", DossierStatus.IN_PROGRESS, proof, true, now, DossierStatus.WAITING_FOR_PAYMENT);
        resume(now, calendar);
    }

    void pauseForExcludedPeriod(String period, Instant now, WorkingCalendar calendar) {
        requireReason(period, "paused");
        pause(now, calendar);
        move("paused", DossierStatus.PAUSED, period, true, now, DossierStatus.IN_PROGRESS);
    }

    void resumeAfterExcludedPeriod(Instant now, WorkingCalendar calendar) {
        move("resumed", DossierStatus.IN_PROGRESS, null, true, now, DossierStatus.PAUSED);
        resume(now, calendar);
    }

    void refuse(String reason, Instant now) {
        requireReason(reason, "refused");
        move("refused", DossierStatus.REFUSED, reason, true, now, DossierStatus.RECEIVED, DossierStatus.IN_PROGRESS,
                DossierStatus.WAITING_FOR_SUPPLEMENT, DossierStatus.WAITING_FOR_PAYMENT, DossierStatus.PAUSED);
        finishedAt = now;
    }

    /** Phiếu xin lỗi và hẹn lại ngày trả kết quả: once, before the appointment passes, to a later date. */
    void apologise(String reason, Instant newDueAt, Instant now) {
        requireReason(reason, "apology-issued");
        if (status.isFinal() || status == DossierStatus.RESULT_READY) {
            throw new TransitionNotAllowed(code.value(), status, "apology-issued");
        }
        if (apologyIssued) {
            throw new ApologyNotAllowed(code.value(), "already-issued");
        }
        if (now.isAfter(dueAt)) {
            throw new ApologyNotAllowed(code.value(), "due-date-passed");
        }
        if (newDueAt == null || !newDueAt.isAfter(dueAt)) {
            throw new ApologyNotAllowed(code.value(), "new-date-not-later");
        }
        changes.add(new Transition("apology-issued", status, status, reason, true, now));
        apologyIssued = true;
        dueAt = newDueAt;
    }

    void resultReady(Instant now, ZoneId zone) {
        move("result-ready", DossierStatus.RESULT_READY, null, true, now, DossierStatus.IN_PROGRESS);
        finishedAt = now;
        outcome = outcomeAt(now, zone);
    }

    void returnResult(Instant now) {
        move("result-returned", DossierStatus.RETURNED, null, true, now, DossierStatus.RESULT_READY);
    }

    void withdraw(String reason, Instant now) {
        requireReason(reason, "withdrawn");
        move("withdrawn", DossierStatus.WITHDRAWN, reason, true, now, DossierStatus.RECEIVED,
                DossierStatus.IN_PROGRESS, DossierStatus.WAITING_FOR_SUPPLEMENT, DossierStatus.WAITING_FOR_PAYMENT,
                DossierStatus.PAUSED);
        finishedAt = now;
    }

    void cancel(String reason, Instant now) {
        requireReason(reason, "cancelled");
        if (status.isFinal()) {
            throw new TransitionNotAllowed(code.value(), status, "cancelled");
        }
        move("cancelled", DossierStatus.CANCELLED, reason, false, now, status);
        finishedAt = now;
    }

    /**
     * Early when settled before the appointment's day, on time when on that day and not after its time, late
     * otherwise — against the statutory appointment: the time the clock stood still (waiting for the applicant,
     * excluded periods) does not count, but an apology moves the appointment, not the statistics.
     */
    private Outcome outcomeAt(Instant now, ZoneId zone) {
        Instant due = statutoryDueAt;
        if (now.isAfter(due)) {
            return Outcome.LATE;
        }
        return now.atZone(zone).toLocalDate().isBefore(due.atZone(zone).toLocalDate()) ? Outcome.EARLY
                : Outcome.ON_TIME;
    }

    private void pause(Instant now, WorkingCalendar calendar) {
        remainingWhilePaused = left(now, dueAt, calendar);
        statutoryRemainingWhilePaused = left(now, statutoryDueAt, calendar);
    }

    private void resume(Instant now, WorkingCalendar calendar) {
        dueAt = resumed(dueAt, remainingWhilePaused, now, calendar);
        statutoryDueAt = resumed(statutoryDueAt, statutoryRemainingWhilePaused, now, calendar);
        remainingWhilePaused = null;
        statutoryRemainingWhilePaused = null;
    }

    /** A date already passed when the clock stopped stays passed: stopping the clock cannot make a late dossier on time. */
    private static Instant resumed(Instant due, Duration remaining, Instant now, WorkingCalendar calendar) {
        return remaining == null || remaining.isZero() ? due : calendar.addWorkingTime(now, remaining);
    }

    private static Duration left(Instant now, Instant due, WorkingCalendar calendar) {
        return now.isBefore(due) ? calendar.workingTimeBetween(now, due).total() : Duration.ZERO;
    }

    private void move(String action, DossierStatus to, String reason, boolean visible, Instant now,
            DossierStatus... allowedFrom) {
        if (!List.of(allowedFrom).contains(status)) {
            throw new TransitionNotAllowed(code.value(), status, action);
        }
        changes.add(new Transition(action, status, to, reason, visible, now));
        status = to;
    }

    private static void requireReason(String reason, String action) {
        if (reason == null || reason.isBlank()) {
            throw new ReasonRequired(action);
        }
    }

    /** The transitions made since the dossier was loaded, for the timeline and the audit log. */
    List<Transition> drainChanges() {
        List<Transition> drained = List.copyOf(changes);
        changes.clear();
        return drained;
    }

    public DossierCode code() {
        return code;
    }

    public Facts facts() {
        return facts;
    }

    public DossierStatus status() {
        return status;
    }

    public Instant dueAt() {
        return dueAt;
    }

    public Duration remainingWhilePaused() {
        return remainingWhilePaused;
    }

    public Instant statutoryDueAt() {
        return statutoryDueAt;
    }

    public Duration statutoryRemainingWhilePaused() {
        return statutoryRemainingWhilePaused;
    }

    public boolean apologyIssued() {
        return apologyIssued;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public Outcome outcome() {
        return outcome;
    }

    /** The open steps of its process, as the workflow last reported them. */
    public List<CurrentStep> currentSteps() {
        return currentSteps;
    }

    /** Paid its financial obligations (the payment proof was recorded) at some point. */
    static boolean paid(List<Transition> timeline) {
        return timeline.stream().anyMatch(change -> "payment-received".equals(change.action()));
    }

    /** The version read from storage, for optimistic locking. */
    public int storedVersion() {
        return version;
    }
}
