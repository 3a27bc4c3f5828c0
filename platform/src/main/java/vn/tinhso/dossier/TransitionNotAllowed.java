package vn.tinhso.dossier;

import vn.tinhso.shared.Conflict;

/** The action is not possible in the dossier's current status. */
public class TransitionNotAllowed extends Conflict {

    public TransitionNotAllowed(String code, DossierStatus status, String action) {
        super("dossier-transition-not-allowed", code, status.name(), action);
    }
}
