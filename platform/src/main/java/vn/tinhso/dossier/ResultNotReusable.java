package vn.tinhso.dossier;

import vn.tinhso.shared.InvalidInput;

/** A result named in a new dossier does not exist or belongs to someone else. */
public class ResultNotReusable extends InvalidInput {

    public ResultNotReusable(String resultCode) {
        super("dossier-result-not-reusable", resultCode);
    }
}
