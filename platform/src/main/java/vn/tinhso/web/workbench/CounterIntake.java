package vn.tinhso.web.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.FormField;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureQuery;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.dossier.Applicant;
import vn.tinhso.dossier.DeliveryMethod;
import vn.tinhso.dossier.DossierIntake;
import vn.tinhso.dossier.IntakeRequest;
import vn.tinhso.dossier.Receipt;
import vn.tinhso.dossier.ReceivedDocument;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.web.portal.CitizenRecords;

/**
 * Tiếp nhận hồ sơ tại quầy: the counter officer finds the applicant (by identification number, from what the portal
 * knows) or enters them, picks the procedure and case, ticks the documents handed in with their scans, and receives
 * the dossier; the receipt slip is then one click away. A refusal (incomplete, bad form data) keeps everything typed.
 */
@Controller
class CounterIntake {

    private final ProcedureCatalog catalog;
    private final DossierIntake intake;
    private final Organizations organizations;
    private final CitizenRecords citizens;
    private final ProblemResponses problems;

    CounterIntake(ProcedureCatalog catalog, DossierIntake intake, Organizations organizations,
            CitizenRecords citizens, ProblemResponses problems) {
        this.catalog = catalog;
        this.intake = intake;
        this.organizations = organizations;
        this.citizens = citizens;
        this.problems = problems;
    }

    @GetMapping("/can-bo/tiep-nhan")
    String start(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "thuTuc", required = false) String code,
            @RequestParam(name = "truongHop", required = false) String caseId,
            @RequestParam(name = "dinhDanh", required = false) String idNumber, Model model) {
        Map<String, String> typed = new LinkedHashMap<>();
        if (idNumber != null && !idNumber.isBlank()) {
            typed.put("a_idNumber", idNumber.strip());
            citizens.byIdNumber(idNumber.strip()).ifPresentOrElse(profile -> {
                typed.put("a_fullName", profile.fullName());
                typed.put("a_phone", profile.phone());
                typed.put("a_email", profile.email());
                typed.put("a_address", profile.address());
                model.addAttribute("applicantFound", true);
            }, () -> model.addAttribute("applicantNotFound", true));
        }
        return page(text, code, caseId, typed, null, model);
    }

    @PostMapping("/can-bo/tiep-nhan")
    String receive(@RequestParam Map<String, String> params, HttpServletRequest request, Model model) {
        String code = params.get("thuTuc");
        String caseId = blankToNull(params.get("truongHop"));
        Procedure procedure = catalog.current(code);
        Receipt receipt;
        try {
            receipt = intake.receive(new IntakeRequest(code, caseId, params.get("coQuan"), Channel.COUNTER,
                    applicant(params), null, DeliveryMethod.valueOf(params.getOrDefault("nhanKetQua", "COUNTER")),
                    formData(procedure.formFor(caseId).orElse(null), params), documents(procedure, caseId, params)));
        } catch (Problem | IllegalArgumentException refused) {
            String message = refused instanceof Problem problem ? problems.of(problem, request).getDetail()
                    : refused.getMessage();
            return page(null, code, caseId, params, message, model);
        }
        return "redirect:/can-bo/ho-so/" + receipt.code() + "?moi";
    }

    private String page(String text, String code, String caseId, Map<String, String> typed, String refusal,
            Model model) {
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("typed", typed);
        model.addAttribute("refusal", refusal);
        if (code == null || code.isBlank()) {
            model.addAttribute("found", text == null || text.isBlank() ? List.of()
                    : catalog.search(new ProcedureQuery(text, null, null, null, null, 0, 10)));
            return "workbench/intake";
        }
        Procedure procedure = catalog.current(code);
        String chosenCase = caseId != null ? caseId
                : procedure.definition().cases().size() == 1 ? procedure.definition().cases().getFirst().id() : null;
        model.addAttribute("p", procedure);
        model.addAttribute("caseId", chosenCase);
        model.addAttribute("documents", procedure.documentsFor(chosenCase));
        model.addAttribute("eform", procedure.formFor(chosenCase).orElse(null));
        model.addAttribute("agencies", procedure.definition().implementingAgencies().stream()
                .map(agency -> Map.of("code", agency, "name", organizations.agency(AgencyCode.of(agency),
                        java.time.LocalDate.now()).map(a -> a.name()).orElse(agency))).toList());
        return "workbench/intake";
    }

    private static Applicant applicant(Map<String, String> params) {
        return new Applicant(Applicant.Kind.PERSON, params.get("a_fullName"), strip(params.get("a_idNumber")),
                blankToNull(params.get("a_address")), blankToNull(params.get("a_phone")),
                blankToNull(params.get("a_email")));
    }

    private static List<ReceivedDocument> documents(Procedure procedure, String caseId, Map<String, String> params) {
        List<ReceivedDocument> documents = new ArrayList<>();
        for (RequiredDocument document : procedure.documentsFor(caseId)) {
            if (params.containsKey("tp_" + document.id())) {
                documents.add(new ReceivedDocument(document.id(), null, count(params.get("bc_" + document.id()), 1),
                        count(params.get("bs_" + document.id()), 0), blankToNull(params.get("file_" + document.id())),
                        null));
            }
        }
        return documents;
    }

    private static ObjectNode formData(EForm form, Map<String, String> params) {
        if (form == null) {
            return null;
        }
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (FormField field : form.fields()) {
            String value = params.get("f_" + field.name());
            if (field.type() == FormField.Type.BOOLEAN) {
                data.put(field.name(), value != null);
            } else if (value != null && !value.isBlank()) {
                if (field.type() == FormField.Type.NUMBER && value.strip().matches("-?[0-9]+([.,][0-9]+)?")) {
                    data.put(field.name(), new BigDecimal(value.strip().replace(',', '.')));
                } else {
                    data.put(field.name(), value.strip());
                }
            }
        }
        return data;
    }

    private static int count(String value, int otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : Math.max(0, Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
