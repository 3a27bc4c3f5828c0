package vn.tinhso.organization.jdbc;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.StaffDirectory;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyCodeMalformed;
import vn.tinhso.organization.AgencyKind;
import vn.tinhso.organization.StaffMember;

/** The organisation catalogue as identity's staff directory: staff posts and agencies for unit scoping. */
@Component
class IdentityStaffDirectory implements StaffDirectory {

    private final StaffMembers staff;
    private final Agencies agencies;

    IdentityStaffDirectory(StaffMembers staff, Agencies agencies) {
        this.staff = staff;
        this.agencies = agencies;
    }

    @Override
    public Optional<StaffPost> post(String username, LocalDate day) {
        return staff.findByUsername(username).filter(member -> member.activeOn(day))
                .map(member -> new StaffPost(member.agencyCode().value(), member.position(), member.roles()));
    }

    @Override
    public Optional<LocalDate> lastWorkingDay(String username) {
        return staff.findByUsername(username).map(StaffMember::activeTo);
    }

    @Override
    public Optional<Unit> unit(String agencyCode) {
        try {
            return agencies.find(AgencyCode.of(agencyCode)).map(agency -> new Unit(agency.code().value(),
                    agency.parentCode() == null ? null : agency.parentCode().value(),
                    agency.kind() == AgencyKind.INTERNAL_UNIT, agency.validFrom(), agency.validTo(),
                    agency.successors().stream().map(AgencyCode::value).toList()));
        } catch (AgencyCodeMalformed malformed) {
            return Optional.empty();
        }
    }
}
