package vn.tinhso.printout;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Biên bản bàn giao / trả kết quả giải quyết hồ sơ: the record signed when the result is handed over at the counter.
 * Not one of the numbered forms of the circulars; agencies print it in the same official layout.
 *
 * @param agency       the agency handing over
 * @param dossier      the dossier
 * @param applicant    who filed it
 * @param handedOverAt when the result was handed over
 * @param results      the result papers; at least one
 * @param fees         fees and charges paid; may be empty
 * @param receiver     who received the result — the applicant or someone authorised
 * @param officer      the officer handing over
 */
public record HandoverRecord(
        IssuingAgency agency,
        DossierReference dossier,
        Applicant applicant,
        ZonedDateTime handedOverAt,
        List<HandedOverResult> results,
        List<FeePaid> fees,
        String receiver,
        String officer) implements Notice {

    public HandoverRecord {
        Required.present(agency, "agency");
        Required.present(dossier, "dossier");
        Required.present(applicant, "applicant");
        Required.present(handedOverAt, "handed over at");
        results = Required.list(results, "results");
        if (results.isEmpty()) {
            throw new IllegalArgumentException("a handover record hands over at least one result");
        }
        fees = Required.list(fees, "fees");
        receiver = Required.text(receiver, "receiver");
        officer = Required.text(officer, "officer");
    }

    @Override
    public LocalDate issuedOn() {
        return handedOverAt.withZoneSameInstant(VIETNAM).toLocalDate();
    }

    /** The total of the fees paid, in đồng. */
    public long totalFeesVnd() {
        return fees.stream().mapToLong(FeePaid::amountVnd).sum();
    }
}
