package vn.tinhso.printout;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu số 01): issued for every dossier accepted at the counter — receiving a
 * dossier without one is forbidden.
 *
 * @param agency           the receiving agency
 * @param dossier          the dossier received
 * @param applicant        who filed it
 * @param documents        the documents received, in the order of the procedure's list
 * @param receivedAt       when it was received
 * @param returnAt         the appointment for the result (ngày hẹn trả kết quả)
 * @param deliveryMethod   how the result will be returned ("Nhận trực tiếp tại Bộ phận Một cửa", "Qua dịch vụ bưu chính
 *                         công ích")
 * @param receivingOfficer the officer who received it (người tiếp nhận)
 */
public record ReceiptSlip(
        IssuingAgency agency,
        DossierReference dossier,
        Applicant applicant,
        List<ReceivedDocument> documents,
        ZonedDateTime receivedAt,
        ZonedDateTime returnAt,
        String deliveryMethod,
        String receivingOfficer) implements Notice {

    public ReceiptSlip {
        Required.present(agency, "agency");
        Required.present(dossier, "dossier");
        Required.present(applicant, "applicant");
        documents = Required.list(documents, "documents");
        Required.present(receivedAt, "received at");
        Required.present(returnAt, "return at");
        if (returnAt.isBefore(receivedAt)) {
            throw new AppointmentBeforeReception(dossier.code());
        }
        deliveryMethod = Required.text(deliveryMethod, "delivery method");
        receivingOfficer = Required.text(receivingOfficer, "receiving officer");
    }

    @Override
    public LocalDate issuedOn() {
        return receivedAt.withZoneSameInstant(VIETNAM).toLocalDate();
    }
}
