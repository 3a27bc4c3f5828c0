package vn.tinhso.dossier.print;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.dossier.DeliveryMethod;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierQueries.DossierView;
import vn.tinhso.dossier.Transition;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.printout.Applicant;
import vn.tinhso.printout.ApologyLetter;
import vn.tinhso.printout.Deficiency;
import vn.tinhso.printout.DossierReference;
import vn.tinhso.printout.HandedOverResult;
import vn.tinhso.printout.HandoverRecord;
import vn.tinhso.printout.IssuingAgency;
import vn.tinhso.printout.Notice;
import vn.tinhso.printout.Printouts;
import vn.tinhso.printout.ReceiptSlip;
import vn.tinhso.printout.ReceivedDocument;
import vn.tinhso.printout.RefusalNotice;
import vn.tinhso.printout.Signatory;
import vn.tinhso.printout.SupplementRequest;
import vn.tinhso.shared.Actor;

/**
 * The paper forms of a dossier as PDF (printout module), filled from the dossier, the procedure version it was
 * received under, its timeline, and the agency and staff as the organisation catalogue knew them on the day.
 */
@Component
public class DossierNotices {

    private static final Map<DeliveryMethod, String> DELIVERY = Map.of(
            DeliveryMethod.COUNTER, "Nhận trực tiếp tại Bộ phận Một cửa",
            DeliveryMethod.ONLINE, "Nhận bản điện tử trên Cổng Dịch vụ công",
            DeliveryMethod.POST, "Nhận qua dịch vụ bưu chính công ích");

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final Organizations organizations;
    private final Printouts printouts;
    /** Vietnam's time zone, as the working-day calendar is configured. */
    private final ZoneId zone;

    DossierNotices(DossierQueries dossiers, ProcedureCatalog catalog, Organizations organizations,
            Printouts printouts, WorkingCalendar calendar) {
        this.zone = calendar.timeZone();
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.organizations = organizations;
        this.printouts = printouts;
    }

    /** The forms a dossier can print, as named in the API. */
    public enum Kind {
        RECEIPT_SLIP, SUPPLEMENT_REQUEST, REFUSAL, APOLOGY, HANDOVER
    }

    public byte[] pdf(String code, Kind kind) {
        Context context = context(dossiers.view(code));
        return printouts.render(switch (kind) {
            case RECEIPT_SLIP -> receiptSlip(context);
            case SUPPLEMENT_REQUEST -> supplementRequest(context);
            case REFUSAL -> refusal(context);
            case APOLOGY -> apology(context);
            case HANDOVER -> handover(context);
        });
    }

    private Notice receiptSlip(Context c) {
        var facts = c.view().facts();
        return new ReceiptSlip(c.agency(), c.reference(), c.applicant(),
                c.view().documents().stream().map(d -> new ReceivedDocument(d.name(), d.originals(), d.copies()))
                        .toList(),
                facts.receivedAt().atZone(zone), facts.originalDueAt().atZone(zone),
                DELIVERY.get(facts.delivery()), staffName(facts.receivedBy(), c.day()));
    }

    private Notice supplementRequest(Context c) {
        Transition asked = c.last("supplement-requested");
        return new SupplementRequest(c.agency(), c.reference(), c.applicant(), date(asked),
                List.of(new Deficiency(asked.reason(), "Cần bổ sung, hoàn thiện theo quy định")), null,
                staffName(Actor.current(), c.day()));
    }

    private Notice refusal(Context c) {
        Transition refused = c.last("refused");
        return new RefusalNotice(c.agency(), c.reference(), c.applicant(), date(refused), List.of(refused.reason()),
                staffName(Actor.current(), c.day()));
    }

    private Notice apology(Context c) {
        Transition apologised = c.last("apology-issued");
        var facts = c.view().facts();
        return new ApologyLetter(c.agency(), c.reference(), c.applicant(), date(apologised),
                facts.receivedAt().atZone(zone), facts.originalDueAt().atZone(zone).toLocalDate(),
                c.view().dueAt().atZone(zone).toLocalDate(), apologised.reason(), leader(c));
    }

    private Notice handover(Context c) {
        Transition returned = c.last("result-returned");
        List<HandedOverResult> results = c.procedure().definition().resultTypes().stream().limit(3)
                .map(name -> new HandedOverResult(name, c.view().code() + "-KQ1", 1)).toList();
        return new HandoverRecord(c.agency(), c.reference(), c.applicant(), returned.at().atZone(zone),
                results.isEmpty() ? List.of(new HandedOverResult("Kết quả giải quyết thủ tục hành chính",
                        c.view().code() + "-KQ1", 1)) : results,
                List.of(), c.view().facts().applicant().fullName(), staffName(Actor.current(), c.day()));
    }

    private Context context(DossierView view) {
        var facts = view.facts();
        LocalDate day = facts.receivedAt().atZone(zone).toLocalDate();
        Optional<Agency> agency = organizations.agency(AgencyCode.of(facts.agencyCode()), day);
        String parent = agency.map(Agency::parentCode).flatMap(p -> organizations.agency(p, day))
                .map(Agency::name).orElse("");
        Procedure procedure = catalog.version(facts.procedureCode(), facts.procedureVersion());
        var applicant = facts.applicant();
        return new Context(view, day, procedure, agency,
                new IssuingAgency(parent, agency.map(Agency::name).orElse(facts.agencyCode()), place(agency, day)),
                new DossierReference(view.code(), facts.procedureCode(), procedure.name()),
                new Applicant(applicant.fullName(), applicant.idNumber(), applicant.address(), applicant.phone(),
                        applicant.email()));
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

    private Signatory leader(Context c) {
        return c.agencyRecord().flatMap(a -> organizations.staffInRole(a.code(), "LEADER", c.day()).stream()
                        .findFirst())
                .map(s -> new Signatory(s.position() == null ? "THỦ TRƯỞNG CƠ QUAN" : s.position().toUpperCase(),
                        s.fullName()))
                .orElse(new Signatory("THỦ TRƯỞNG CƠ QUAN", "(Ký, ghi rõ họ tên)"));
    }

    private String staffName(String username, LocalDate day) {
        return organizations.staffByUsername(username, day).map(StaffMember::fullName).orElse(username);
    }

    private LocalDate date(Transition transition) {
        return transition.at().atZone(zone).toLocalDate();
    }

    private record Context(DossierView view, LocalDate day, Procedure procedure, Optional<Agency> agencyRecord,
            IssuingAgency agency, DossierReference reference, Applicant applicant) {

        /** The latest timeline entry of the action; the form cannot be printed before it happened. */
        Transition last(String action) {
            return view.timeline().reversed().stream().filter(t -> t.action().equals(action)).findFirst()
                    .orElseThrow(() -> new NoticeNotYetDue(view.code(), action));
        }
    }
}
