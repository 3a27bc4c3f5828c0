package vn.tinhso.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.workflow.ProcessDiagrams;
import vn.tinhso.workflow.Workflows;

/** Quy trình: a procedure's BPMN process — viewed, or replaced by the province's own upload (system administrator). */
@Controller
class ProcessPages {

    private final ProcessDiagrams diagrams;
    private final Workflows workflows;
    private final ProblemResponses problems;

    ProcessPages(ProcessDiagrams diagrams, Workflows workflows, ProblemResponses problems) {
        this.diagrams = diagrams;
        this.workflows = workflows;
        this.problems = problems;
    }

    @GetMapping("/quan-tri/quy-trinh")
    String process(@RequestParam(name = "thuTuc", defaultValue = "STG-DD-001") String code, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("own", diagrams.hasOwn(code));
        return "admin/process";
    }

    @GetMapping(path = "/quan-tri/quy-trinh/{code}.bpmn", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> bpmn(@PathVariable String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(diagrams.ofProcedure(code));
    }

    @PostMapping("/quan-tri/quy-trinh/tai-len/{code}")
    String upload(@PathVariable String code, @RequestParam(name = "bpmn", required = false) String xml,
            HttpServletRequest request, RedirectAttributes flash) {
        if (xml == null || xml.isBlank()) {
            flash.addFlashAttribute("error", "web.admin.process.empty");
        } else {
            try {
                workflows.deployOwn(code, xml.getBytes(StandardCharsets.UTF_8));
                flash.addFlashAttribute("notice", "web.admin.process.uploaded");
            } catch (Problem refused) {
                flash.addFlashAttribute("errorText", problems.of(refused, request).getDetail());
                flash.addFlashAttribute("typedBpmn", xml);
            }
        }
        return "redirect:/quan-tri/quy-trinh?thuTuc=" + code;
    }
}
