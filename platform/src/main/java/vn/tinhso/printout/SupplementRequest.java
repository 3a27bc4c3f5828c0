package vn.tinhso.printout;

import java.time.LocalDate;
import java.util.List;

/**
 * Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu số 02): the one-time written guidance on everything a dossier lacks —
 * one-time, so every deficiency must be on this one paper.
 *
 * @param agency       the agency asking
 * @param dossier      the dossier
 * @param applicant    who filed it
 * @param issuedOn     the date of the request
 * @param deficiencies what to supplement or correct, each with its reason; at least one
 * @param deadline     the date by which to supplement; absent when the procedure sets none
 * @param officer      the officer who checked the dossier
 */
public record SupplementRequest(
        IssuingAgency agency,
        DossierReference dossier,
        Applicant applicant,
        LocalDate issuedOn,
        List<Deficiency> deficiencies,
        LocalDate deadline,
        String officer) implements Notice {

    public SupplementRequest {
        Required.present(agency, "agency");
        Required.present(dossier, "dossier");
        Required.present(applicant, "applicant");
        Required.present(issuedOn, "issued on");
        deficiencies = Required.list(deficiencies, "deficiencies");
        if (deficiencies.isEmpty()) {
            throw new NothingToSupplement(dossier.code());
        }
        officer = Required.text(officer, "officer");
    }
}
