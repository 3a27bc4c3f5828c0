package vn.tinhso.catalog;

import vn.tinhso.shared.InvalidInput;

/** A procedure code that is not in the national format. */
public class ProcedureCodeMalformed extends InvalidInput {

    public ProcedureCodeMalformed(String value) {
        super("procedure-code-malformed", value);
    }
}
