package vn.tinhso.printout;

import java.time.LocalDate;
import java.util.List;

/**
 * Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu số 03): a dossier that cannot be accepted, with the reasons.
 *
 * @param agency    the agency refusing
 * @param dossier   the dossier
 * @param applicant who filed it
 * @param issuedOn  the date of the refusal
 * @param reasons   why the dossier is refused; at least one
 * @param officer   the officer who signs the refusal
 */
public record RefusalNotice(
        IssuingAgency agency,
        DossierReference dossier,
        Applicant applicant,
        LocalDate issuedOn,
        List<String> reasons,
        String officer) implements Notice {

    public RefusalNotice {
        Required.present(agency, "agency");
        Required.present(dossier, "dossier");
        Required.present(applicant, "applicant");
        Required.present(issuedOn, "issued on");
        reasons = Required.list(reasons, "reasons").stream().map(reason -> Required.text(reason, "reason")).toList();
        if (reasons.isEmpty()) {
            throw new RefusalWithoutReason(dossier.code());
        }
        officer = Required.text(officer, "officer");
    }
}
