package vn.tinhso.catalog;

import vn.tinhso.shared.NotFound;

/** The procedure (case) has no e-form; it is submitted with uploaded documents only. */
public class ProcedureHasNoForm extends NotFound {

    public ProcedureHasNoForm(String code, String caseId) {
        super("procedure-has-no-form", code, caseId == null ? "" : caseId);
    }
}
