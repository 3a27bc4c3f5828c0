package vn.tinhso.identity.policy;

import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.StaffDirectory;
import vn.tinhso.identity.jdbc.Accounts;

/**
 * Cán bộ nghỉ việc, chuyển công tác: disables the sign-in account of staff whose record in the organisation
 * catalogue ended before today. The account is kept — dossiers, documents and the audit log name it — it just cannot
 * sign in any more; a returning staff member is enabled again by an administrator. Until the nightly sweep the
 * person already loses their staff roles and units (see {@link Profiles}), so the sweep only closes the door.
 */
@Component
public class StaffDepartures {

    private static final Logger log = LoggerFactory.getLogger(StaffDepartures.class);

    private final Accounts accounts;
    private final StaffDirectory directory;
    private final Profiles profiles;
    private final Clock clock = Clock.systemUTC();

    StaffDepartures(Accounts accounts, StaffDirectory directory, Profiles profiles) {
        this.accounts = accounts;
        this.directory = directory;
        this.profiles = profiles;
    }

    @Scheduled(cron = "${tinhso.identity.staff-departures-cron:0 5 0 * * *}", zone = "Asia/Ho_Chi_Minh")
    void nightly() {
        int disabled = sweep(profiles.today());
        if (disabled > 0) {
            log.info("Disabled {} accounts of staff who left", disabled);
        }
    }

    /** Disables every enabled staff account whose staff record ended before {@code today}; answers how many. */
    public int sweep(LocalDate today) {
        int disabled = 0;
        for (String username : accounts.enabledStaff()) {
            LocalDate last = directory.lastWorkingDay(username).orElse(null);
            if (last != null && last.isBefore(today)
                    && accounts.disable(username, "left the agency after " + last, clock.instant())) {
                profiles.forget(username);
                disabled++;
            }
        }
        return disabled;
    }
}
