package vn.tinhso.printout;

import java.time.LocalDate;
import java.time.ZonedDateTime;

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu số 04 of TT 01/2018/TT-VPCP), from 1 July 2025 "Văn bản xin lỗi và
 * đề nghị gia hạn thời gian giải quyết" (Mẫu số 04 of TT 03/2025/TT-VPCP): sent no later than one day before the
 * deadline of a dossier that will be late. The result may be re-appointed at most once — the dossier module, which
 * knows the history, enforces that; this record only describes the one letter.
 *
 * @param agency              the agency apologising
 * @param dossier             the late dossier
 * @param applicant           who filed it
 * @param issuedOn            the date of the letter
 * @param receivedAt          when the dossier was received
 * @param originalAppointment the date promised on the receipt slip
 * @param newAppointment      the new date proposed; after the original one
 * @param delayReason         why the dossier is late
 * @param leader              the agency's head (or deputy) who signs the letter
 */
public record ApologyLetter(
        IssuingAgency agency,
        DossierReference dossier,
        Applicant applicant,
        LocalDate issuedOn,
        ZonedDateTime receivedAt,
        LocalDate originalAppointment,
        LocalDate newAppointment,
        String delayReason,
        Signatory leader) implements Notice {

    public ApologyLetter {
        Required.present(agency, "agency");
        Required.present(dossier, "dossier");
        Required.present(applicant, "applicant");
        Required.present(issuedOn, "issued on");
        Required.present(receivedAt, "received at");
        Required.present(originalAppointment, "original appointment");
        Required.present(newAppointment, "new appointment");
        if (!newAppointment.isAfter(originalAppointment)) {
            throw new NewAppointmentNotLater(dossier.code(), originalAppointment, newAppointment);
        }
        delayReason = Required.text(delayReason, "delay reason");
        Required.present(leader, "leader");
    }
}
