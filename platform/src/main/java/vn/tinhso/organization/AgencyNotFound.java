package vn.tinhso.organization;

import vn.tinhso.shared.NotFound;

/** No agency has this code (on the date asked about). */
public class AgencyNotFound extends NotFound {

    public AgencyNotFound(String code) {
        super("agency-not-found", code);
    }
}
