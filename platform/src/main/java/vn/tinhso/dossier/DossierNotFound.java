package vn.tinhso.dossier;

import vn.tinhso.shared.NotFound;

/** No such dossier — or, in the public lookup, no dossier with that code for that identity (same answer). */
public class DossierNotFound extends NotFound {

    public DossierNotFound(String code) {
        super("dossier-not-found", code);
    }
}
