package vn.tinhso.catalog;

import vn.tinhso.shared.Conflict;

/** The action needs a version in another status (e.g. publishing without a draft). */
public class ProcedureNotInStatus extends Conflict {

    public ProcedureNotInStatus(String code, ProcedureStatus expected) {
        super("procedure-not-in-status", code, expected.name());
    }
}
