package vn.tinhso.identity.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.AccountKind;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.jdbc.AccountRecord;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.jdbc.StaffAssignments;
import vn.tinhso.identity.StaffDirectory;

/**
 * Who an account is today: its own roles joined with those of its staff record, and the units it works for — the
 * staff record's agency, the parent agency of an internal unit (a phòng works on its agency's dossiers) and any
 * assignments. Kept {@link #TIME_TO_LIVE} so a busy API does not read four tables per request.
 */
@Component
public class Profiles {

    static final Duration TIME_TO_LIVE = Duration.ofSeconds(30);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Accounts accounts;
    private final StaffAssignments assignments;
    private final StaffDirectory directory;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Profiles(Accounts accounts, StaffAssignments assignments, StaffDirectory directory) {
        this.accounts = accounts;
        this.assignments = assignments;
        this.directory = directory;
    }

    /** The profile of {@code username}, or empty when there is no such account. */
    public Optional<Profile> of(String username) {
        Instant now = clock.instant();
        Cached known = cache.get(username);
        if (known != null && now.isBefore(known.until())) {
            return Optional.of(known.profile());
        }
        Optional<Profile> profile = accounts.find(username).map(this::build);
        profile.ifPresent(found -> {
            if (cache.size() > 10_000) {
                cache.clear();
            }
            cache.put(username, new Cached(found, now.plus(TIME_TO_LIVE)));
        });
        return profile;
    }

    /** Forgets a profile at once (disabled account, changed roles). */
    public void forget(String username) {
        cache.remove(username);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(VIETNAM));
    }

    private Profile build(AccountRecord account) {
        LocalDate today = today();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        roles.addAll(account.roles());
        Set<String> agencies = new LinkedHashSet<>();
        Optional<StaffDirectory.StaffPost> staff = directory.post(account.username(), today);
        staff.ifPresent(post -> {
            post.roles().forEach(name -> {
                try {
                    roles.add(Role.valueOf(name));
                } catch (IllegalArgumentException unknown) {
                    // A role name the identity module does not know grants nothing.
                }
            });
            addUnit(agencies, post.agencyCode());
        });
        assignments.agencies(account.username(), today).forEach(code -> addUnit(agencies, code));
        return new Profile(account, Set.copyOf(roles), Set.copyOf(agencies), staff.isPresent());
    }

    private void addUnit(Set<String> agencies, String code) {
        agencies.add(code);
        directory.unit(code).filter(unit -> unit.internalUnit() && unit.parentCode() != null)
                .ifPresent(unit -> agencies.add(unit.parentCode()));
    }

    /** An account with its effective roles and units. */
    public record Profile(AccountRecord account, Set<Role> roles, Set<String> agencies, boolean activeStaff) {

        public AccountKind kind() {
            return account.kind();
        }

        public AssuranceLevel level() {
            return account.assuranceLevel();
        }
    }

    private record Cached(Profile profile, Instant until) {
    }
}
