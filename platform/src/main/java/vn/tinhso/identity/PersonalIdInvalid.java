package vn.tinhso.identity;

import vn.tinhso.shared.InvalidInput;

/** A personal identification number that cannot be right: its format, province code or birth year. 400. */
public class PersonalIdInvalid extends InvalidInput {

    public PersonalIdInvalid(String value, String reason) {
        super("personal-id-invalid", String.valueOf(value), reason);
    }
}
