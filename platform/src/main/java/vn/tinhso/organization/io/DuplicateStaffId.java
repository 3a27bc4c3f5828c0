package vn.tinhso.organization.io;

import vn.tinhso.shared.Conflict;

/** A staff member with this id already exists; update them instead. */
class DuplicateStaffId extends Conflict {

    DuplicateStaffId(String id) {
        super("duplicate-staff-id", id);
    }
}
