package vn.tinhso.printout;

import vn.tinhso.shared.InvalidInput;

/** A supplement request must name at least one thing to supplement or correct. */
public class NothingToSupplement extends InvalidInput {

    public NothingToSupplement(String dossierCode) {
        super("printout-nothing-to-supplement", dossierCode);
    }
}
