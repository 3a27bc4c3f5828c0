package vn.tinhso.dossier.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.DeliveryMethod;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.printout.Applicant;
import vn.tinhso.printout.DossierReference;
import vn.tinhso.printout.IssuingAgency;
import vn.tinhso.printout.Printouts;
import vn.tinhso.printout.ReceiptSlip;
import vn.tinhso.printout.ReceivedDocument;

/**
 * The receipt slip (giấy tiếp nhận hồ sơ và hẹn trả kết quả) of a dossier as PDF, from the dossier, the procedure
 * version it was received under, and the agency and officer as the organisation catalogue knew them that day.
 */
@Component
public class ReceiptSlips {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Map<DeliveryMethod, String> DELIVERY = Map.of(
            DeliveryMethod.COUNTER, "Nhận trực tiếp tại Bộ phận Một cửa",
            DeliveryMethod.ONLINE, "Nhận bản điện tử trên Cổng Dịch vụ công",
            DeliveryMethod.POST, "Nhận qua dịch vụ bưu chính công ích");

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final Organizations organizations;
    private final Printouts printouts;

    ReceiptSlips(DossierQueries dossiers, ProcedureCatalog catalog, Organizations organizations,
            Printouts printouts) {
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.organizations = organizations;
        this.printouts = printouts;
    }

    public byte[] pdf(String code) {
        var dossier = dossiers.view(code);
        var facts = dossier.facts();
        ZonedDateTime received = facts.receivedAt().atZone(VIETNAM);
        LocalDate day = received.toLocalDate();
        Optional<Agency> agency = organizations.agency(AgencyCode.of(facts.agencyCode()), day);
        String parent = agency.map(Agency::parentCode).flatMap(p -> organizations.agency(p, day))
                .map(Agency::name).orElse("");
        String procedureName = catalog.version(facts.procedureCode(), facts.procedureVersion()).name();
        var applicant = facts.applicant();
        ReceiptSlip slip = new ReceiptSlip(
                new IssuingAgency(parent, agency.map(Agency::name).orElse(facts.agencyCode()), place(agency, day)),
                new DossierReference(dossier.code(), facts.procedureCode(), procedureName),
                new Applicant(applicant.fullName(), applicant.idNumber(), applicant.address(), applicant.phone(),
                        applicant.email()),
                dossier.documents().stream().map(d -> new ReceivedDocument(d.name(), d.originals(), d.copies()))
                        .toList(),
                received, facts.originalDueAt().atZone(VIETNAM), DELIVERY.get(facts.delivery()),
                organizations.staffByUsername(facts.receivedBy(), day).map(StaffMember::fullName)
                        .orElse(facts.receivedBy()));
        return printouts.render(slip);
    }

    /** The place line ("Sóc Trăng, ngày ...") is the province or city the agency serves. */
    private String place(Optional<Agency> agency, LocalDate day) {
        Optional<String> unit = agency.map(Agency::unitCode);
        while (unit.isPresent()) {
            var found = organizations.unit(unit.get(), day);
            if (found.isEmpty()) {
                break;
            }
            if (found.get().parentCode() == null) {
                return found.get().name().replaceFirst("^(Tỉnh|Thành phố) ", "");
            }
            unit = Optional.of(found.get().parentCode());
        }
        return "Việt Nam";
    }
}
