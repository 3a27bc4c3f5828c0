package vn.tinhso.web.portal;

import java.util.List;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import jakarta.servlet.http.HttpServletRequest;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.QuoteRequest;
import vn.tinhso.dossier.Dossier;
import vn.tinhso.dossier.DossierActions;
import vn.tinhso.dossier.DossierBoard;
import vn.tinhso.dossier.DossierNotFound;
import vn.tinhso.dossier.DossierPrintouts;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierResults;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.ResultDocument;
import vn.tinhso.files.FileStore;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.identity.AccessPolicy;
import vn.tinhso.web.support.CurrentUser;
import vn.tinhso.web.support.Downloads;

/**
 * Trang cá nhân: the signed-in citizen's dossiers and results. A dossier is the citizen's when its applicant's
 * identification number is the one in their profile; anything else is "not found", as in the public lookup.
 */
@Controller
class CitizenPages {

    private final CitizenRecords citizens;
    private final DossierBoard board;
    private final DossierQueries queries;
    private final DossierActions actions;
    private final DossierResults results;
    private final DossierPrintouts printouts;
    private final ProcedureCatalog catalog;
    private final FileStore files;
    private final ProblemResponses problems;

    private final AccessPolicy access;

    CitizenPages(CitizenRecords citizens, DossierBoard board, DossierQueries queries, DossierActions actions,
            DossierResults results, DossierPrintouts printouts, ProcedureCatalog catalog, FileStore files,
            ProblemResponses problems, AccessPolicy access) {
        this.access = access;
        this.citizens = citizens;
        this.board = board;
        this.queries = queries;
        this.actions = actions;
        this.results = results;
        this.printouts = printouts;
        this.catalog = catalog;
        this.files = files;
        this.problems = problems;
    }

    @GetMapping("/ca-nhan/ho-so")
    String myDossiers(Model model) {
        Optional<CitizenRecords.Profile> profile = profile();
        model.addAttribute("profile", profile.orElse(null));
        List<DossierBoard.Row> dossiers = profile.map(p -> board.ofApplicant(p.idNumber(), 100)).orElse(List.of());
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("names", dossiers.stream().collect(java.util.stream.Collectors.toMap(
                DossierBoard.Row::code, d -> catalog.name(d.procedureCode(), d.procedureVersion()), (a, b) -> a)));
        return "portal/my-dossiers";
    }

    @PostMapping("/ca-nhan/thong-tin")
    String saveProfile(@RequestParam String fullName, @RequestParam String idNumber,
            @RequestParam(required = false) String phone, Model model, RedirectAttributes flash) {
        if (fullName.isBlank() || !SubmissionWizard.PERSONAL_ID.matcher(idNumber.strip()).matches()) {
            model.addAttribute("profile", null);
            model.addAttribute("dossiers", List.of());
            model.addAttribute("names", java.util.Map.of());
            model.addAttribute("profileError", true);
            model.addAttribute("typedName", fullName);
            model.addAttribute("typedId", idNumber);
            return "portal/my-dossiers";
        }
        citizens.saveProfile(new CitizenRecords.Profile(CurrentUser.now().username(), idNumber.strip(),
                fullName.strip(), SubmissionWizard.blankToNull(phone), null, null));
        return "redirect:/ca-nhan/ho-so";
    }

    @GetMapping("/ca-nhan/ho-so/{code}")
    String myDossier(@PathVariable String code, Model model) {
        CitizenRecords.Profile profile = profile().orElseThrow(() -> new DossierNotFound(code));
        DossierQueries.PublicStatus status = queries.lookup(code, profile.idNumber(), null);
        Dossier dossier = queries.dossier(code);
        model.addAttribute("s", status);
        model.addAttribute("dossier", dossier);
        var quote = catalog.version(dossier.facts().procedureCode(), dossier.facts().procedureVersion())
                .quote(new QuoteRequest(dossier.facts().caseId(), null, null, null, 1, Channel.ONLINE));
        model.addAttribute("feeTotal", quote.totalVnd());
        model.addAttribute("payment", citizens.payment(code).orElse(null));
        model.addAttribute("supplements", citizens.supplements(code));
        model.addAttribute("results", results.ofDossier(code));
        model.addAttribute("canRate", dossier.status() == DossierStatus.RETURNED);
        return "portal/my-dossier";
    }

    @GetMapping("/ca-nhan/ho-so/{code}/phieu-tiep-nhan.pdf")
    ResponseEntity<byte[]> receipt(@PathVariable String code) {
        mine(code);
        return Downloads.pdf(printouts.pdf(code, DossierPrintouts.Form.RECEIPT_SLIP), "phieu-tiep-nhan-" + code
                + ".pdf");
    }

    @PostMapping("/ca-nhan/ho-so/{code}/thanh-toan")
    String pay(@PathVariable String code, RedirectAttributes flash) {
        Dossier dossier = mine(code);
        long total = catalog.version(dossier.facts().procedureCode(), dossier.facts().procedureVersion())
                .quote(new QuoteRequest(dossier.facts().caseId(), null, null, null, 1, Channel.ONLINE)).totalVnd();
        citizens.pay(code, total, CurrentUser.now().username());
        if (dossier.status() == DossierStatus.WAITING_FOR_PAYMENT) {
            actions.perform(code, DossierActions.Action.PAYMENT_RECEIVED, null, null);
        }
        flash.addFlashAttribute("notice", "web.citizen.paid");
        return "redirect:/ca-nhan/ho-so/" + code;
    }

    @PostMapping("/ca-nhan/ho-so/{code}/bo-sung")
    String supplement(@PathVariable String code, @RequestParam(required = false) String fileId,
            @RequestParam(required = false) String fileName, RedirectAttributes flash) {
        Dossier dossier = mine(code);
        if (fileId == null || fileId.isBlank()) {
            flash.addFlashAttribute("error", "web.citizen.supplement.missing");
            return "redirect:/ca-nhan/ho-so/" + code;
        }
        files.describe(vn.tinhso.files.FileId.of(fileId));
        citizens.addSupplement(code, fileId, fileName == null ? fileId : fileName, CurrentUser.now().username());
        if (dossier.status() == DossierStatus.WAITING_FOR_SUPPLEMENT) {
            actions.perform(code, DossierActions.Action.SUPPLEMENT_PROVIDED, null, null);
        }
        flash.addFlashAttribute("notice", "web.citizen.supplemented");
        return "redirect:/ca-nhan/ho-so/" + code;
    }

    @PostMapping("/ca-nhan/ho-so/{code}/danh-gia")
    String rate(@PathVariable String code, @RequestParam(name = "diem", defaultValue = "0") int score,
            @RequestParam(name = "gopY", required = false) String comment, HttpServletRequest request,
            RedirectAttributes flash) {
        Dossier dossier = mine(code);
        try {
            results.rate(code, dossier.facts().applicant().idNumber(), score, null, comment);
            flash.addFlashAttribute("notice", "web.rating.thanks");
        } catch (Problem refused) {
            flash.addFlashAttribute("errorText", problems.of(refused, request).getDetail());
        }
        return "redirect:/ca-nhan/ho-so/" + code;
    }

    @GetMapping("/ca-nhan/ket-qua")
    String myResults(Model model) {
        Optional<CitizenRecords.Profile> profile = profile();
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("results", profile.map(p -> results.ofApplicant(p.idNumber())).orElse(List.of()));
        return "portal/my-results";
    }

    @GetMapping("/ca-nhan/ket-qua/{resultCode}/tai-ve")
    ResponseEntity<InputStreamResource> download(@PathVariable String resultCode) {
        String idNumber = profile().map(CitizenRecords.Profile::idNumber).orElse("");
        ResultDocument result = results.ofApplicant(idNumber).stream().filter(r -> r.code().equals(resultCode))
                .findFirst().orElseThrow(() -> new DossierNotFound(resultCode));
        return Downloads.file(files, result.fileId());
    }

    private Dossier mine(String code) {
        String idNumber = profile().map(CitizenRecords.Profile::idNumber).orElse("");
        Dossier dossier;
        try {
            dossier = queries.dossier(code);
        } catch (Problem malformed) {
            throw new DossierNotFound(code);
        }
        if (!dossier.facts().applicant().idNumber().equals(idNumber)) {
            throw new DossierNotFound(code);
        }
        return dossier;
    }

    /** The portal profile, with the personal ID the citizen's account was verified with when it has one. */
    private Optional<CitizenRecords.Profile> profile() {
        String me = access.currentUser().personalId();
        return citizens.profile(CurrentUser.now().username()).map(p -> me == null ? p
                : new CitizenRecords.Profile(p.username(), me, p.fullName(), p.phone(), p.email(), p.address()));
    }
}
