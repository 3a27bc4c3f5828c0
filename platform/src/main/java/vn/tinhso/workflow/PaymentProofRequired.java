package vn.tinhso.workflow;

import vn.tinhso.shared.Conflict;

/**
 * The step hands over a result that the applicant receives only after paying their financial obligations (e.g. a
 * land certificate): it waits for the payment proof to be recorded on the dossier.
 */
public class PaymentProofRequired extends Conflict {

    public PaymentProofRequired(String stepName, String dossierCode) {
        super("workflow-payment-proof-required", stepName, dossierCode);
    }
}
