package vn.tinhso.catalog;

import vn.tinhso.shared.InvalidInput;

/** The case named does not exist in the procedure. */
public class ProcedureCaseNotFound extends InvalidInput {

    public ProcedureCaseNotFound(String code, String caseId) {
        super("procedure-case-not-found", code, caseId);
    }
}
