package vn.tinhso.dossier;

import vn.tinhso.shared.InvalidInput;

/** Supplement requests, refusals, withdrawals, cancellations and apologies must say why — the citizen reads it. */
public class ReasonRequired extends InvalidInput {

    public ReasonRequired(String action) {
        super("dossier-reason-required", action);
    }
}
