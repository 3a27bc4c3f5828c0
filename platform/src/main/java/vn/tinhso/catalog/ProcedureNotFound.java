package vn.tinhso.catalog;

import vn.tinhso.shared.NotFound;

/** No procedure (or no such version of it) in the catalogue. */
public class ProcedureNotFound extends NotFound {

    public ProcedureNotFound(String code) {
        super("procedure-not-found", code);
    }
}
