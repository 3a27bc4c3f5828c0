package vn.tinhso.dossier;

/** Published when a dossier has been received (in the intake transaction). */
public record DossierReceived(String code, String agencyCode, String procedureCode) {
}
