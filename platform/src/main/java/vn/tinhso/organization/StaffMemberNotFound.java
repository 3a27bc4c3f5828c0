package vn.tinhso.organization;

import vn.tinhso.shared.NotFound;

/** No staff member has this id. */
public class StaffMemberNotFound extends NotFound {

    public StaffMemberNotFound(String id) {
        super("staff-member-not-found", id);
    }
}
