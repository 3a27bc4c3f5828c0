package vn.tinhso.printout;

import vn.tinhso.shared.InvalidInput;

/** A refusal must state its reasons. */
public class RefusalWithoutReason extends InvalidInput {

    public RefusalWithoutReason(String dossierCode) {
        super("printout-refusal-without-reason", dossierCode);
    }
}
