package vn.tinhso.dossier;

import vn.tinhso.shared.Conflict;

/** A rating is given once, after the result has been returned. */
public class RatingNotAllowed extends Conflict {

    public RatingNotAllowed(String code, String why) {
        super("dossier-rating-not-allowed", code, why);
    }
}
