package vn.tinhso.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;
import vn.tinhso.workflow.ProcessDiagrams;
import vn.tinhso.workflow.Workflows;

/**
 * The other administration pages: an agency with its staff by role, the year's working calendar (days off and
 * Saturdays worked, with their legal basis), and a procedure's BPMN process — viewed, or replaced by the province's
 * own upload (system administrator).
 */
@Controller
class AdministrationPages {

    private final Organizations organizations;
    private final WorkingCalendar calendar;
    private final ProcessDiagrams diagrams;
    private final Workflows workflows;
    private final ProblemResponses problems;

    AdministrationPages(Organizations organizations, WorkingCalendar calendar, ProcessDiagrams diagrams,
            Workflows workflows, ProblemResponses problems) {
        this.organizations = organizations;
        this.calendar = calendar;
        this.diagrams = diagrams;
        this.workflows = workflows;
        this.problems = problems;
    }

    @GetMapping("/quan-tri/to-chuc")
    String organization(@RequestParam(name = "coQuan", defaultValue = "000.01.01.H92") String code, Model model) {
        LocalDate today = LocalDate.now();
        model.addAttribute("code", code);
        AgencyCode agencyCode;
        try {
            agencyCode = AgencyCode.of(code.strip());
        } catch (Problem malformed) {
            model.addAttribute("agency", null);
            model.addAttribute("staffByRole", Map.of());
            model.addAttribute("roles", Role.values());
            return "admin/organization";
        }
        model.addAttribute("agency", organizations.agency(agencyCode, today).orElse(null));
        Map<Role, List<StaffMember>> staff = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<StaffMember> members = organizations.staffInRole(agencyCode, role.name(), today);
            if (!members.isEmpty()) {
                staff.put(role, members);
            }
        }
        model.addAttribute("staffByRole", staff);
        model.addAttribute("roles", Role.values());
        return "admin/organization";
    }

    @GetMapping("/quan-tri/lich")
    String calendar(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        int chosen = year == null ? Year.now().getValue() : year;
        model.addAttribute("year", chosen);
        model.addAttribute("holidays", calendar.holidays(chosen));
        model.addAttribute("extraWorkingDays", calendar.extraWorkingDays(chosen));
        return "admin/calendar";
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
                workflows.deployOwn(code, xml.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                flash.addFlashAttribute("notice", "web.admin.process.uploaded");
            } catch (Problem refused) {
                flash.addFlashAttribute("errorText", problems.of(refused, request).getDetail());
                flash.addFlashAttribute("typedBpmn", xml);
            }
        }
        return "redirect:/quan-tri/quy-trinh?thuTuc=" + code;
    }
}
