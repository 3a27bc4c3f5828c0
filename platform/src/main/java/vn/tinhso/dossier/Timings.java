package vn.tinhso.dossier;

import java.time.Duration;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.tinhso.calendar.WorkingCalendar;

/** Where a dossier stands against its appointment, in working time on the calendar. */
@Component
class Timings {

    private final WorkingCalendar calendar;
    private final double atRiskShare;

    Timings(WorkingCalendar calendar, DossierProperties properties) {
        this.calendar = calendar;
        this.atRiskShare = properties.atRiskShare().doubleValue();
    }

    Timing of(Dossier dossier, Instant now) {
        if (dossier.finishedAt() != null || dossier.status() == DossierStatus.RESULT_READY) {
            return Timing.FINISHED;
        }
        if (dossier.status().clockStopped()) {
            return Timing.CLOCK_STOPPED;
        }
        // Against the statutory appointment: an apology letter does not make a dossier on track again.
        if (!now.isBefore(dossier.statutoryDueAt())) {
            return Timing.OVERDUE;
        }
        Duration budget = calendar.workingTimeBetween(dossier.facts().receivedAt(),
                dossier.facts().originalDueAt()).total();
        Duration left = calendar.workingTimeBetween(now, dossier.statutoryDueAt()).total();
        return left.toSeconds() < budget.toSeconds() * atRiskShare ? Timing.AT_RISK : Timing.ON_TRACK;
    }
}
