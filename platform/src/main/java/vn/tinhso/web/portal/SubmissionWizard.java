package vn.tinhso.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.FormError;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCase;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.QuoteRequest;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.dossier.Applicant;
import vn.tinhso.dossier.DeliveryMethod;
import vn.tinhso.dossier.DossierIntake;
import vn.tinhso.dossier.DossierResults;
import vn.tinhso.dossier.IntakeRequest;
import vn.tinhso.dossier.Receipt;
import vn.tinhso.dossier.ReceivedDocument;
import vn.tinhso.organization.Organizations;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.identity.AccessPolicy;
import vn.tinhso.web.support.CurrentUser;

/**
 * Nộp hồ sơ trực tuyến: the online submission wizard, built from the procedure's documents and the e-form of the
 * chosen case — (case) → applicant and e-form, checked field by field as the citizen types → documents, uploaded with
 * progress or reused from the result store → review with fees and time → submit. The draft lives in the session, so
 * a refused step shows everything as it was typed.
 */
@Controller
class SubmissionWizard {

    static final Pattern PERSONAL_ID = Pattern.compile("[0-9]{12}");
    static final Pattern PHONE = Pattern.compile("(0|\\+84)[0-9]{9}");
    private static final List<String> APPLICANT_FIELDS = List.of("fullName", "idNumber", "phone", "email", "address");

    private final ProcedureCatalog catalog;
    private final DossierIntake intake;
    private final DossierResults results;
    private final Organizations organizations;
    private final CitizenRecords citizens;
    private final MessageSource messages;
    private final ProblemResponses problems;

    private final AccessPolicy access;

    SubmissionWizard(ProcedureCatalog catalog, DossierIntake intake, DossierResults results,
            Organizations organizations, CitizenRecords citizens, MessageSource messages, ProblemResponses problems,
            AccessPolicy access) {
        this.access = access;
        this.catalog = catalog;
        this.intake = intake;
        this.results = results;
        this.organizations = organizations;
        this.citizens = citizens;
        this.messages = messages;
        this.problems = problems;
    }

    @GetMapping("/nop-ho-so/{code}")
    String start(@PathVariable String code, HttpSession session, Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        if (procedure.definition().cases().size() > 1 && draft.caseId == null) {
            model.addAttribute("p", procedure);
            model.addAttribute("draft", draft);
            return "portal/wizard-case";
        }
        return info(procedure, draft, Map.of(), model);
    }

    @PostMapping("/nop-ho-so/{code}/truong-hop")
    String chooseCase(@PathVariable String code, @RequestParam(name = "truongHop", required = false) String caseId,
            HttpSession session, Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        if (caseId == null || procedure.definition().cases().stream().noneMatch(c -> c.id().equals(caseId))) {
            model.addAttribute("p", procedure);
            model.addAttribute("draft", draft);
            model.addAttribute("caseError", text("web.wizard.case.required"));
            return "portal/wizard-case";
        }
        if (!caseId.equals(draft.caseId)) {
            draft.caseId = caseId;
            draft.documents.clear();
        }
        return "redirect:/nop-ho-so/" + code;
    }

    @PostMapping("/nop-ho-so/{code}")
    String saveInfo(@PathVariable String code, @RequestParam Map<String, String> params, HttpSession session,
            Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        take(draft, params);
        Map<String, String> errors = errors(procedure, draft);
        if (!errors.isEmpty()) {
            return info(procedure, draft, errors, model);
        }
        return "redirect:/nop-ho-so/" + code + "/giay-to";
    }

    /** Live validation (htmx): the error of the field that changed, or none, checked as the whole form would be. */
    @PostMapping("/nop-ho-so/{code}/kiem-tra")
    String check(@PathVariable String code, @RequestParam Map<String, String> params,
            @RequestHeader(name = "HX-Trigger-Name", required = false) String field, HttpSession session,
            Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        take(draft, params);
        String name = field == null ? "" : field;
        model.addAttribute("name", name);
        model.addAttribute("message", errors(procedure, draft).get(name.replaceFirst("^(a_|f_)", "")));
        return "portal/wizard-info :: fieldError";
    }

    @GetMapping("/nop-ho-so/{code}/giay-to")
    String documents(@PathVariable String code, HttpSession session, Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        if (!errors(procedure, draft).isEmpty()) {
            return "redirect:/nop-ho-so/" + code;
        }
        return documentsPage(procedure, draft, List.of(), model);
    }

    @PostMapping("/nop-ho-so/{code}/giay-to")
    String saveDocuments(@PathVariable String code, @RequestParam Map<String, String> params, HttpSession session,
            Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        for (RequiredDocument document : toHandIn(procedure, draft)) {
            String id = document.id();
            draft.documents.put(id, new Draft.Attachment(blankToNull(params.get("file_" + id)),
                    blankToNull(params.get("fileName_" + id)), blankToNull(params.get("result_" + id))));
        }
        List<String> missing = toHandIn(procedure, draft).stream().filter(RequiredDocument::mandatory)
                .filter(d -> !Optional.ofNullable(draft.documents.get(d.id())).map(Draft.Attachment::given)
                        .orElse(false))
                .map(RequiredDocument::id).toList();
        if (!missing.isEmpty()) {
            return documentsPage(procedure, draft, missing, model);
        }
        return "redirect:/nop-ho-so/" + code + "/xem-lai";
    }

    @GetMapping("/nop-ho-so/{code}/xem-lai")
    String review(@PathVariable String code, HttpSession session, Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        if (!errors(procedure, draft).isEmpty()) {
            return "redirect:/nop-ho-so/" + code;
        }
        return reviewPage(procedure, draft, null, model);
    }

    @PostMapping("/nop-ho-so/{code}/nop")
    String submit(@PathVariable String code, HttpSession session, HttpServletRequest request, Model model) {
        Procedure procedure = online(code);
        Draft draft = draft(session, procedure);
        Receipt receipt;
        try {
            receipt = intake.receive(request(procedure, draft));
        } catch (Problem refused) {
            return reviewPage(procedure, draft, problems.of(refused, request).getDetail(), model);
        }
        Map<String, String> a = draft.applicant;
        citizens.saveProfile(new CitizenRecords.Profile(CurrentUser.now().username(), a.get("idNumber"),
                a.get("fullName").strip(), blankToNull(a.get("phone")), blankToNull(a.get("email")),
                blankToNull(a.get("address"))));
        session.removeAttribute(Draft.sessionKey(procedure.code().value()));
        return "redirect:/ca-nhan/ho-so/" + receipt.code() + "?moi";
    }

    private IntakeRequest request(Procedure procedure, Draft draft) {
        Map<String, String> a = draft.applicant;
        Applicant applicant = new Applicant(Applicant.Kind.PERSON, a.get("fullName").strip(), a.get("idNumber"),
                blankToNull(a.get("address")), blankToNull(a.get("phone")), blankToNull(a.get("email")));
        List<ReceivedDocument> documents = draft.documents.entrySet().stream()
                .filter(e -> e.getValue().given())
                .map(e -> new ReceivedDocument(e.getKey(), null, 1, 0, e.getValue().fileId(),
                        e.getValue().resultCode())).toList();
        EForm form = procedure.formFor(draft.caseId).orElse(null);
        return new IntakeRequest(procedure.code().value(), draft.caseId, draft.agencyCode, Channel.ONLINE,
                applicant, null, DeliveryMethod.ONLINE, form == null ? null : draft.formData(form), documents);
    }

    private String info(Procedure procedure, Draft draft, Map<String, String> errors, Model model) {
        model.addAttribute("p", procedure);
        model.addAttribute("draft", draft);
        model.addAttribute("caseName", caseName(procedure, draft.caseId));
        model.addAttribute("agencies", PortalPages.agencyNames(procedure.definition().implementingAgencies(),
                organizations));
        model.addAttribute("eform", procedure.formFor(draft.caseId).orElse(null));
        model.addAttribute("errors", errors);
        return "portal/wizard-info";
    }

    private String documentsPage(Procedure procedure, Draft draft, List<String> missing, Model model) {
        model.addAttribute("p", procedure);
        model.addAttribute("draft", draft);
        model.addAttribute("documents", toHandIn(procedure, draft));
        model.addAttribute("shown", procedure.documentsFor(draft.caseId).stream().filter(RequiredDocument::toShow)
                .toList());
        model.addAttribute("missing", missing);
        // The signed-in citizen's own result store, by the personal ID their account was verified with.
        String me = access.currentUser().personalId();
        model.addAttribute("myResults", me == null ? List.of() : results.ofApplicant(me));
        return "portal/wizard-documents";
    }

    private String reviewPage(Procedure procedure, Draft draft, String refusal, Model model) {
        model.addAttribute("p", procedure);
        model.addAttribute("draft", draft);
        model.addAttribute("caseName", caseName(procedure, draft.caseId));
        model.addAttribute("eform", procedure.formFor(draft.caseId).orElse(null));
        model.addAttribute("documents", toHandIn(procedure, draft));
        model.addAttribute("agencyName", PortalPages.agencyNames(List.of(draft.agencyCode), organizations)
                .getFirst().name());
        model.addAttribute("quote", procedure.quote(new QuoteRequest(draft.caseId, null, null, null, 1,
                Channel.ONLINE)));
        model.addAttribute("refusal", refusal);
        return "portal/wizard-review";
    }

    private static List<RequiredDocument> toHandIn(Procedure procedure, Draft draft) {
        return procedure.documentsFor(draft.caseId).stream().filter(d -> !d.toShow()).toList();
    }

    private static String caseName(Procedure procedure, String caseId) {
        return procedure.definition().cases().stream().filter(c -> c.id().equals(caseId))
                .map(ProcedureCase::name).findFirst().orElse(null);
    }

    private static void take(Draft draft, Map<String, String> params) {
        params.forEach((key, value) -> {
            if (key.startsWith("a_") && APPLICANT_FIELDS.contains(key.substring(2))) {
                draft.applicant.put(key.substring(2), value);
            } else if (key.startsWith("f_")) {
                draft.form.put(key.substring(2), value);
            }
        });
        if (params.containsKey("coQuan")) {
            draft.agencyCode = blankToNull(params.get("coQuan"));
        }
        // An unticked check box sends nothing: a submitted step without it means "no".
        if (params.containsKey("buoc")) {
            draft.form.replaceAll((name, value) -> params.containsKey("f_" + name) ? value : "");
        }
    }

    /** Every error of the applicant part and the e-form, by field name, in the reader's language. */
    private Map<String, String> errors(Procedure procedure, Draft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> a = draft.applicant;
        if (blank(a.get("fullName"))) {
            errors.put("fullName", text("web.wizard.error.fullName"));
        }
        if (a.get("idNumber") == null || !PERSONAL_ID.matcher(a.get("idNumber").strip()).matches()) {
            errors.put("idNumber", text("web.wizard.error.idNumber"));
        }
        if (!blank(a.get("phone")) && !PHONE.matcher(a.get("phone").strip()).matches()) {
            errors.put("phone", text("web.wizard.error.phone"));
        }
        if (!blank(a.get("email")) && !a.get("email").matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", text("web.wizard.error.email"));
        }
        if (draft.agencyCode == null
                || !procedure.definition().implementingAgencies().isEmpty()
                && !procedure.definition().implementingAgencies().contains(draft.agencyCode)) {
            errors.put("coQuan", text("web.wizard.error.agency"));
        }
        procedure.formFor(draft.caseId).ifPresent(form -> {
            boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
            for (FormError error : catalog.validateForm(procedure.code().value(), procedure.version(),
                    draft.caseId, draft.formData(form))) {
                errors.putIfAbsent(error.field(), english ? error.messageEn() : error.messageVi());
            }
        });
        return errors;
    }

    /** The procedure in force, if it can be submitted online; the draft follows its version. */
    private Procedure online(String code) {
        Procedure procedure = catalog.current(code);
        if (procedure.definition().onlineMode() == OnlineMode.NOT_ONLINE) {
            throw new NotSubmittableOnline(code);
        }
        return procedure;
    }

    private Draft draft(HttpSession session, Procedure procedure) {
        String key = Draft.sessionKey(procedure.code().value());
        Draft draft = (Draft) session.getAttribute(key);
        if (draft == null || draft.version != procedure.version()) {
            draft = new Draft();
            draft.procedureCode = procedure.code().value();
            draft.version = procedure.version();
            List<ProcedureCase> cases = procedure.definition().cases();
            draft.caseId = cases.size() == 1 ? cases.getFirst().id() : null;
            List<String> agencies = procedure.definition().implementingAgencies();
            draft.agencyCode = agencies.size() == 1 ? agencies.getFirst() : null;
            prefill(draft);
            session.setAttribute(key, draft);
        }
        return draft;
    }

    /** "Provide once": what the citizen told the portal before. */
    private void prefill(Draft draft) {
        String me = access.currentUser().personalId();
        if (me != null) {
            draft.applicant.put("idNumber", me);
        }
        citizens.profile(CurrentUser.now().username()).ifPresent(profile -> {
            draft.applicant.put("fullName", profile.fullName());
            draft.applicant.putIfAbsent("idNumber", profile.idNumber());
            draft.applicant.put("phone", profile.phone());
            draft.applicant.put("email", profile.email());
            draft.applicant.put("address", profile.address());
        });
    }

    private String text(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
