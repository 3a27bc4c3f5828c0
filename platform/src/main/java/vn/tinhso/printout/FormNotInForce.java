package vn.tinhso.printout;

import java.time.LocalDate;
import vn.tinhso.shared.InvalidInput;

/** No edition of the form was in force on the notice's date (before TT 01/2018/TT-VPCP took effect). */
public class FormNotInForce extends InvalidInput {

    public FormNotInForce(String form, LocalDate date) {
        super("printout-form-not-in-force", form, date.toString());
    }
}
