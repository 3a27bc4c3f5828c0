package vn.tinhso.printout;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A printed notice about a dossier: every one carries the issuing agency's header, the dossier and the applicant (whose
 * codes go into the QR code) and the date that chooses the edition of the form.
 */
public sealed interface Notice permits ReceiptSlip, SupplementRequest, RefusalNotice, ApologyLetter, HandoverRecord {

    /** Vietnam's single time zone: dates on paper are dates there, whatever zone a timestamp arrives in. */
    ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    IssuingAgency agency();

    DossierReference dossier();

    Applicant applicant();

    /** The date in the "Sóc Trăng, ngày … tháng … năm …" line; the form edition in force that day is printed. */
    LocalDate issuedOn();
}
