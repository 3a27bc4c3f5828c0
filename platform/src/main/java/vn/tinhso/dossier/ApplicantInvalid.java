package vn.tinhso.dossier;

import vn.tinhso.shared.InvalidInput;

/** The applicant's name is missing or the identification number is not a valid personal id or enterprise code. */
public class ApplicantInvalid extends InvalidInput {

    public ApplicantInvalid(String field) {
        super("applicant-invalid", field);
    }
}
