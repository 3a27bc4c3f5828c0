package vn.tinhso.dossier;

import org.springframework.stereotype.Component;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.identity.AccessPolicy;

/**
 * Who may touch a dossier, asked of the identity module at the start of each use case (not only by URL): staff of
 * the unit that holds it, province-wide roles, and the citizen or organisation it belongs to. Everything the dossier
 * module enforces about people goes through here, in one place.
 */
@Component
public class DossierAccess {

    private final AccessPolicy policy;

    DossierAccess(AccessPolicy policy) {
        this.policy = policy;
    }

    /** May see and act on it (the actions themselves are further limited to staff by the API's rules). */
    public void check(Dossier dossier) {
        Dossier.Facts facts = dossier.facts();
        policy.requireDossier(dossier.code().value(), facts.agencyCode(), facts.applicant().idNumber(),
                facts.submitter() == null ? null : facts.submitter().idNumber(), facts.receivedBy());
    }

    /** Whether a list (an officer's tasks) may show this dossier: its unit is one of the user's. */
    public boolean mayList(String dossierCode) {
        String code = dossierCode == null ? "" : dossierCode;
        int dash = code.indexOf('-');
        return dash > 0 && policy.coversUnit(code.substring(0, dash));
    }

    /** Staff receive only for their units; an applicant filing online needs the account level the rules ask. */
    void checkIntake(String agencyCode, Procedure procedure) {
        policy.requireIntake(agencyCode, procedure.definition().onlineMode());
    }

    /** An agency's inbox is for its staff. */
    void checkUnit(String agencyCode) {
        policy.requireUnit(agencyCode);
    }

    /** A result store is the applicant's, and staff's. */
    void checkResultStore(String applicantId) {
        policy.requireApplicant(applicantId);
    }

    /** Downloading a result: may see the dossier, and the applicant needs two factors (the RECEIVE_RESULT rule). */
    void checkResultReceipt(Dossier dossier, OnlineMode onlineMode) {
        Dossier.Facts facts = dossier.facts();
        policy.requireResultReceipt(dossier.code().value(), facts.agencyCode(), facts.applicant().idNumber(),
                facts.submitter() == null ? null : facts.submitter().idNumber(), facts.receivedBy(), onlineMode);
    }
}
