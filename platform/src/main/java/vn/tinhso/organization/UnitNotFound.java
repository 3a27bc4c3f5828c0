package vn.tinhso.organization;

import vn.tinhso.shared.NotFound;

/** No administrative unit has this code (on the date asked about). */
public class UnitNotFound extends NotFound {

    public UnitNotFound(String code) {
        super("unit-not-found", code);
    }
}
