package vn.tinhso.dossier;

import vn.tinhso.shared.InvalidInput;

/** A dossier code not of the form agency-yymmdd-nnnn. */
public class DossierCodeMalformed extends InvalidInput {

    public DossierCodeMalformed(String value) {
        super("dossier-code-malformed", value);
    }
}
