package vn.tinhso.printout;

import vn.tinhso.shared.InvalidInput;

/** A receipt slip cannot promise the result before the dossier was received. */
public class AppointmentBeforeReception extends InvalidInput {

    public AppointmentBeforeReception(String dossierCode) {
        super("printout-appointment-before-reception", dossierCode);
    }
}
