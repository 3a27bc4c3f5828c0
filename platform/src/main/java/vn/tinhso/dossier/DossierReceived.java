package vn.tinhso.dossier;

import java.time.Instant;

/**
 * Published when a dossier has been received (in the intake transaction), with what its listeners need so that none
 * has to read the dossier back: its appointment and the applicant to notify.
 */
public record DossierReceived(String code, String agencyCode, String procedureCode, Instant dueAt,
        Applicant applicant) {
}
