package vn.tinhso.printout;

import java.time.LocalDate;
import vn.tinhso.shared.InvalidInput;

/** An apology letter postpones the result: its new date must come after the date it replaces. */
public class NewAppointmentNotLater extends InvalidInput {

    public NewAppointmentNotLater(String dossierCode, LocalDate original, LocalDate proposed) {
        super("printout-new-appointment-not-later", dossierCode, original.toString(), proposed.toString());
    }
}
