package vn.tinhso.organization.io;

import vn.tinhso.shared.Conflict;

/** An administrative unit with this code already exists; update it instead. */
class DuplicateUnitCode extends Conflict {

    DuplicateUnitCode(String code) {
        super("duplicate-unit-code", code);
    }
}
