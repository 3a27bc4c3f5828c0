package vn.tinhso.identity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What identity needs from the organisation catalogue to scope staff to their units, implemented there (the
 * catalogue already names identity's roles on staff records, so identity asks through this port instead of
 * depending back on it).
 */
public interface StaffDirectory {

    /** The post of the staff member signed in as {@code username}, if they work somewhere on {@code day}. */
    Optional<StaffPost> post(String username, LocalDate day);

    /**
     * The last working day of the staff member signed in as {@code username}, when their record has an end date
     * (they left, or are leaving); empty while it is open-ended, or when no staff record names the account.
     */
    Optional<LocalDate> lastWorkingDay(String username);

    /** The agency (unit) with this QCVN 102 code as last recorded, whatever its period. */
    Optional<Unit> unit(String agencyCode);

    /**
     * A staff member's post (chức vụ) in an agency.
     *
     * @param roles names of {@link Role}; unknown names grant nothing
     */
    record StaffPost(String agencyCode, String position, List<String> roles) {
    }

    /**
     * An agency or internal unit (phòng, ban) for scoping.
     *
     * @param internalUnit a phòng or ban inside {@code parentCode}, working on its agency's dossiers
     * @param successors   the agencies that took over when it closed
     */
    record Unit(String code, String parentCode, boolean internalUnit, LocalDate validFrom, LocalDate validTo,
            List<String> successors) {

        public boolean validOn(LocalDate day) {
            return (validFrom == null || !day.isBefore(validFrom)) && (validTo == null || !day.isAfter(validTo));
        }
    }
}
