package vn.tinhso.organization.io;

import vn.tinhso.shared.Conflict;

/** An agency with this code already exists; update it instead. */
class DuplicateAgencyCode extends Conflict {

    DuplicateAgencyCode(String code) {
        super("duplicate-agency-code", code);
    }
}
