package vn.tinhso.identity;

import java.util.Optional;
import vn.tinhso.catalog.OnlineMode;

/**
 * The identity module's API for other modules: who is acting, and whether they may. Services call it at the start of
 * a use case, so the rules hold whichever door (API, pages, LGSP) the request came through. Outside a request (jobs,
 * event listeners) the actor is {@link CurrentUser#SYSTEM} and every check passes.
 *
 * <pre>{@code
 * policy.require(ProtectedAction.PAY, OnlineMode.FULLY_ONLINE);   // payment: AS-3 account and two factors
 * policy.requireDossier(code, facts.agencyCode(), applicantId, submitterId, facts.receivedBy());
 * }</pre>
 */
public interface AccessPolicy {

    /** The person acting on this thread. */
    CurrentUser currentUser();

    /**
     * Checks the assurance rules in force today for {@code action}: the account's level and the session's factors.
     * The rules for SUBMIT, PAY and RECEIVE_RESULT guard applicants (citizens, organisations); SIGN guards everyone.
     *
     * @throws AssuranceInsufficient naming what is missing: {@code second-factor-required} when only a second factor
     *                               is, {@code assurance-insufficient} when the account must be verified better
     */
    void require(ProtectedAction action, OnlineMode onlineMode);

    /** The same check, answered instead of thrown: empty when allowed. */
    Optional<AssuranceInsufficient> check(ProtectedAction action, OnlineMode onlineMode);

    /**
     * Receiving a dossier: staff must work for {@code agencyCode}; an applicant filing online must meet the SUBMIT
     * rule for the procedure's online mode.
     */
    void requireIntake(String agencyCode, OnlineMode onlineMode);

    /**
     * A dossier may be seen and acted on by staff of the unit that holds it (or of its successor after a
     * reorganisation, or by the leader of the agency it belongs to), by province-wide roles, and by the citizen or
     * organisation it belongs to — the applicant, the person who submitted it, or the account that filed it.
     *
     * @throws AccessDenied otherwise
     */
    void requireDossier(String dossierCode, String agencyCode, String applicantId, String submitterId,
            String receivedBy);

    /** Whether {@link #requireDossier} would pass. */
    boolean maySeeDossier(String agencyCode, String applicantId, String submitterId, String receivedBy);

    /**
     * Downloading a result: {@link #requireDossier}, and for the applicant the RECEIVE_RESULT rule (two factors).
     * Staff printing it to hand over at the counter are not receiving it electronically.
     */
    void requireResultReceipt(String dossierCode, String agencyCode, String applicantId, String submitterId,
            String receivedBy, OnlineMode onlineMode);

    /**
     * The applicant's result store may be read by the applicant (their own personal ID) and by staff.
     *
     * @throws AccessDenied otherwise
     */
    void requireApplicant(String applicantId);

    /**
     * Staff acting for a unit (its inbox, its tasks) must work for it.
     *
     * @throws AccessDenied otherwise
     */
    void requireUnit(String agencyCode);

    /** Whether the current user may see the dossiers of {@code agencyCode}: filters lists. */
    boolean coversUnit(String agencyCode);
}
