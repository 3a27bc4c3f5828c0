package vn.tinhso.web.workbench;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.FormField;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.DossierActions;
import vn.tinhso.dossier.DossierBoard;
import vn.tinhso.dossier.DossierComments;
import vn.tinhso.dossier.DossierPrintouts;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierResults;
import vn.tinhso.files.FileStore;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.web.portal.CitizenRecords;
import vn.tinhso.web.support.Downloads;
import vn.tinhso.web.support.PageFormats;
import vn.tinhso.workflow.Decision;
import vn.tinhso.workflow.ProcessDiagrams;
import vn.tinhso.workflow.ProcessNotFound;
import vn.tinhso.workflow.ProcessView;
import vn.tinhso.workflow.Workflows;

/**
 * Trang hồ sơ: the officer's whole view of a dossier — facts, e-form data, documents and files, timeline with the
 * officers' reasons, the process diagram with the open step highlighted, the results — and every action on it.
 * A refused action comes back to the page with the reason in plain words and what was typed still in the form.
 */
@Controller
class DossierPage {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DossierQueries queries;
    private final DossierActions actions;
    private final DossierResults results;
    private final DossierBoard board;
    private final DossierPrintouts printouts;
    private final ProcedureCatalog catalog;
    private final Workflows workflows;
    private final ProcessDiagrams diagrams;
    private final CitizenRecords citizens;
    private final FileStore files;
    private final ProblemResponses problems;
    private final PageFormats formats;
    private final DossierComments comments;

    DossierPage(DossierQueries queries, DossierActions actions, DossierResults results, DossierBoard board,
            DossierPrintouts printouts, ProcedureCatalog catalog, Workflows workflows, ProcessDiagrams diagrams,
            CitizenRecords citizens, FileStore files, ProblemResponses problems, PageFormats formats,
            DossierComments comments) {
        this.comments = comments;
        this.queries = queries;
        this.actions = actions;
        this.results = results;
        this.board = board;
        this.printouts = printouts;
        this.catalog = catalog;
        this.workflows = workflows;
        this.diagrams = diagrams;
        this.citizens = citizens;
        this.files = files;
        this.problems = problems;
        this.formats = formats;
    }

    @GetMapping("/can-bo/ho-so/{code}")
    String page(@PathVariable String code, Model model) {
        DossierQueries.DossierView view = queries.view(code);
        Procedure procedure = catalog.version(view.facts().procedureCode(), view.facts().procedureVersion());
        model.addAttribute("v", view);
        model.addAttribute("procedureName", procedure.name());
        model.addAttribute("formRows", formRows(procedure.formFor(view.facts().caseId()).orElse(null),
                board.formData(code).orElse(null)));
        model.addAttribute("process", process(code).orElse(null));
        model.addAttribute("results", results.ofDossier(code));
        model.addAttribute("supplements", citizens.supplements(code));
        model.addAttribute("open", DossierBoard.open(view.status()));
        return "workbench/dossier";
    }

    @GetMapping(path = "/can-bo/ho-so/{code}/quy-trinh.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> diagram(@PathVariable String code) {
        return diagrams.ofDossier(code).map(xml -> ResponseEntity.ok().contentType(MediaType.APPLICATION_XML)
                .body(xml)).orElse(ResponseEntity.notFound().build());
    }

    @PostMapping("/can-bo/ho-so/{code}/buoc/{taskId}/nhan")
    String claim(@PathVariable String code, @PathVariable String taskId, HttpServletRequest request,
            RedirectAttributes flash) {
        return attempt(code, request, flash, "web.dossier.claimed", () -> workflows.claim(taskId));
    }

    @PostMapping("/can-bo/ho-so/{code}/buoc/{taskId}/hoan-thanh")
    String complete(@PathVariable String code, @PathVariable String taskId,
            @RequestParam(name = "quyetDinh", defaultValue = "APPROVE") Decision.Verdict verdict,
            @RequestParam(name = "yKien", required = false) String comment, HttpServletRequest request,
            RedirectAttributes flash) {
        flash.addFlashAttribute("typedComment", comment);
        return attempt(code, request, flash, "web.dossier.completed",
                () -> workflows.complete(taskId, new Decision(verdict, comment)));
    }

    @PostMapping("/can-bo/ho-so/{code}/thao-tac/{action}")
    String act(@PathVariable String code, @PathVariable DossierActions.Action action,
            @RequestParam(name = "lyDo", required = false) String reason,
            @RequestParam(name = "ngayHenMoi", required = false) LocalDate newDue, HttpServletRequest request,
            RedirectAttributes flash) {
        flash.addFlashAttribute("typedReason", Map.of(action.name(), reason == null ? "" : reason));
        Instant newDueAt = newDue == null ? null
                : newDue.atTime(LocalTime.of(16, 30)).atZone(formats.zone()).toInstant();
        return attempt(code, request, flash, "web.dossier.done." + action.name(),
                () -> actions.perform(code, action, reason, newDueAt));
    }

    @PostMapping("/can-bo/ho-so/{code}/ket-qua")
    String attachResult(@PathVariable String code, @RequestParam(name = "tenKetQua", required = false) String name,
            @RequestParam(name = "fileId", required = false) String fileId, HttpServletRequest request,
            RedirectAttributes flash) {
        flash.addFlashAttribute("typedResultName", name);
        if (fileId == null || fileId.isBlank()) {
            flash.addFlashAttribute("error", "web.dossier.result.fileMissing");
            return "redirect:/can-bo/ho-so/" + code + "#ket-qua";
        }
        return attempt(code, request, flash, "web.dossier.result.attached",
                () -> results.attach(code, name, fileId));
    }

    /** Ý kiến: an internal note among staff, or a message the applicant reads in the lookup; a file may go with it. */
    @PostMapping("/can-bo/ho-so/{code}/y-kien")
    String comment(@PathVariable String code, @RequestParam(name = "noiDung", required = false) String text,
            @RequestParam(name = "hienChoNguoiNop", defaultValue = "false") boolean visibleToCitizen,
            @RequestParam(name = "tepDinhKem", required = false) String fileId, HttpServletRequest request,
            RedirectAttributes flash) {
        flash.addFlashAttribute("typedNote", text);
        List<String> attached = fileId == null || fileId.isBlank() ? List.of() : List.of(fileId);
        String back = attempt(code, request, flash, "web.dossier.comments.added",
                () -> comments.add(code, text, visibleToCitizen, attached));
        if (!flash.getFlashAttributes().containsKey("errorText")) {
            flash.getFlashAttributes().remove("typedNote");
        }
        return back + "#y-kien";
    }

    @GetMapping("/can-bo/ho-so/{code}/in/{form}")
    ResponseEntity<byte[]> print(@PathVariable String code, @PathVariable DossierPrintouts.Form form) {
        return Downloads.pdf(printouts.pdf(code, form), form.name().toLowerCase().replace('_', '-') + "-" + code
                + ".pdf");
    }

    @GetMapping("/can-bo/tep-tin/{fileId}")
    ResponseEntity<InputStreamResource> file(@PathVariable String fileId) {
        return Downloads.file(files, fileId);
    }

    private String attempt(String code, HttpServletRequest request, RedirectAttributes flash, String done,
            Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
        } catch (Problem refused) {
            flash.addFlashAttribute("errorText", problems.of(refused, request).getDetail());
        }
        return "redirect:/can-bo/ho-so/" + code;
    }

    private Optional<ProcessView> process(String code) {
        try {
            return Optional.of(workflows.process(code));
        } catch (ProcessNotFound none) {
            return Optional.empty();
        }
    }

    /** The e-form's labels beside the values submitted, in the form's order. */
    static Map<String, String> formRows(EForm form, String json) {
        Map<String, String> rows = new LinkedHashMap<>();
        if (json == null) {
            return rows;
        }
        JsonNode data = JSON.readTree(json);
        List<FormField> fields = form == null ? List.of() : form.fields();
        for (FormField field : fields) {
            JsonNode value = data.get(field.name());
            if (value != null && !value.isNull()) {
                rows.put(field.label(), value.isBoolean() ? (value.booleanValue() ? "✓" : "—") : value.asString());
            }
        }
        data.propertyNames().forEach(name -> {
            if (fields.stream().noneMatch(f -> f.name().equals(name))) {
                rows.put(name, data.get(name).asString());
            }
        });
        return rows;
    }
}
