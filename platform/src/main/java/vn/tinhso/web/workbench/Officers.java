package vn.tinhso.web.workbench;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.web.support.CurrentUser;

/** The signed-in officer's agency, as the organisation catalogue links their sign-in to a staff member. */
@Component
class Officers {

    /** When the sign-in is linked to no staff member (e.g. the system administrator): the demo province's centre. */
    static final String FALLBACK_AGENCY = "000.01.01.H92";

    private final Organizations organizations;

    Officers(Organizations organizations) {
        this.organizations = organizations;
    }

    String agencyOfCurrent() {
        return organizations.staffByUsername(CurrentUser.now().username(), LocalDate.now())
                .map(StaffMember::agencyCode).map(code -> code.value()).orElse(FALLBACK_AGENCY);
    }
}
