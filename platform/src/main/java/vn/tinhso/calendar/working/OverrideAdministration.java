package vn.tinhso.calendar.working;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.calendar.CalendarOverride;
import vn.tinhso.calendar.CalendarOverrides;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.jdbc.DayOverrides;
import vn.tinhso.calendar.rules.DayOverride;

/**
 * The catalogue administrator enters what the government announced for a year (use case "enter the year's holiday
 * decision", docs/calendar.md). Postcondition: the override and its audit row commit together, and every computed
 * year is forgotten so deadlines use the new calendar from the next call on.
 */
@Service
public class OverrideAdministration implements CalendarOverrides {

    static final String AUDIT_TYPE = "CalendarOverride";

    private final DayOverrides overrides;
    private final AuditLog audit;
    private final CalendarService calendar;
    private final Clock clock = Clock.systemUTC();

    OverrideAdministration(DayOverrides overrides, AuditLog audit, CalendarService calendar) {
        this.overrides = overrides;
        this.audit = audit;
        this.calendar = calendar;
    }

    /** What the administrator fills in. */
    public record NewOverride(LocalDate date, DayOverride.Kind kind, String nameVi, String nameEn, String reference,
            String note) {
    }

    @Transactional(readOnly = true)
    public List<DayOverride> list(Integer year) {
        return year == null ? overrides.all() : overrides.inYear(DateOutOfRange.checkYear(year));
    }

    @Transactional(readOnly = true)
    public DayOverride find(LocalDate date) {
        return overrides.find(date).orElseThrow(() -> new OverrideNotFound(date));
    }

    @Transactional
    public DayOverride add(NewOverride request) {
        DateOutOfRange.check(request.date());
        DayOverride override = new DayOverride(request.date(), request.kind(), request.nameVi().strip(),
                request.nameEn().strip(), request.reference().strip(), blankToNull(request.note()), currentUser(),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        if (!overrides.addIfAbsent(override)) {
            throw new OverrideExists(request.date());
        }
        audit.record("calendar.override.added", AUDIT_TYPE, override.date().toString(), null, override);
        forgetComputedYearsAfterCommit();
        return override;
    }

    @Transactional
    public void remove(LocalDate date) {
        DayOverride existing = overrides.findForUpdate(date).orElseThrow(() -> new OverrideNotFound(date));
        overrides.remove(date);
        audit.record("calendar.override.removed", AUDIT_TYPE, date.toString(), existing, null);
        forgetComputedYearsAfterCommit();
    }

    @Override
    @Transactional(readOnly = true)
    public List<CalendarOverride> inYear(int year) {
        return list(year).stream().map(OverrideAdministration::view).toList();
    }

    @Override
    @Transactional
    public CalendarOverride add(CalendarOverride.Entry entry) {
        return view(add(new NewOverride(entry.date(), entry.dayOff() ? DayOverride.Kind.DAY_OFF
                : DayOverride.Kind.WORKING_DAY, entry.nameVi(), entry.nameEn(), entry.reference(), entry.note())));
    }

    @Override
    @Transactional
    public void withdraw(LocalDate date) {
        remove(date);
    }

    private static CalendarOverride view(DayOverride o) {
        return new CalendarOverride(o.date(), o.kind() == DayOverride.Kind.DAY_OFF, o.nameVi(), o.nameEn(),
                o.reference(), o.note(), o.createdBy(), o.createdAt());
    }

    /** After commit: before it, another thread would recompute the year from the old rows. */
    private void forgetComputedYearsAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                calendar.forgetComputedYears();
            }
        });
    }

    private static String currentUser() {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        return who != null && who.isAuthenticated() ? who.getName() : "system";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
