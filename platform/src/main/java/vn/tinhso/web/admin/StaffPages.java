package vn.tinhso.web.admin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinhso.identity.Role;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyNotFound;
import vn.tinhso.organization.OrganizationAdministration;
import vn.tinhso.organization.OrganizationAdministration.StaffDetails;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.organization.StaffMemberNotFound;

/**
 * Cán bộ: a staff member added to an agency, their position and roles edited, and the day they left recorded — they
 * stay on record, since dossiers name who handled them. Through {@link OrganizationAdministration}: the catalogue's
 * checks (roles, one sign-in account per person) and audit.
 */
@Controller
class StaffPages {

    /** Roles a staff post may carry: every platform role but the citizen's. */
    static final List<Role> STAFF_ROLES = Arrays.stream(Role.values()).filter(role -> role != Role.CITIZEN).toList();

    private final OrganizationAdministration organization;
    private final FormMessages messages;

    StaffPages(OrganizationAdministration organization, FormMessages messages) {
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/to-chuc/co-quan/{code}/can-bo")
    String newMember(@PathVariable String code, Model model) {
        Map<String, String> typed = new HashMap<>();
        typed.put("activeFrom", LocalDate.now(OrganizationPages.OFFICES).toString());
        return page(agency(code), null, typed, List.of(), Map.of(), model);
    }

    @PostMapping("/quan-tri/to-chuc/co-quan/{code}/can-bo")
    String add(@PathVariable String code, @RequestParam Map<String, String> params,
            @RequestParam(name = "roles", required = false) List<String> roles, Model model,
            RedirectAttributes flash) {
        Agency agency = agency(code);
        TypedForm form = new TypedForm(params, messages);
        List<String> chosen = roles == null ? List.of() : roles;
        StaffDetails details = details(form, chosen);
        if (form.attempt("fullName", () -> organization.addStaff(agency.code(), details))) {
            flash.addFlashAttribute("notice", "web.admin.staff.added");
            flash.addFlashAttribute("noticeArg", details.fullName());
            return "redirect:/quan-tri/to-chuc?coQuan=" + agency.code().value();
        }
        return page(agency, null, form.typed(), chosen, form.errors(), model);
    }

    @GetMapping("/quan-tri/to-chuc/can-bo/{id}")
    String edit(@PathVariable String id, Model model) {
        StaffMember member = member(id);
        return page(agency(member.agencyCode().value()), member, typedOf(member), member.roles(), Map.of(), model);
    }

    @PostMapping("/quan-tri/to-chuc/can-bo/{id}")
    String save(@PathVariable String id, @RequestParam Map<String, String> params,
            @RequestParam(name = "roles", required = false) List<String> roles, Model model,
            RedirectAttributes flash) {
        StaffMember member = member(id);
        TypedForm form = new TypedForm(params, messages);
        List<String> chosen = roles == null ? List.of() : roles;
        StaffDetails details = details(form, chosen);
        if (form.attempt("fullName", () -> organization.updateStaff(member.id(), details))) {
            flash.addFlashAttribute("notice", "web.admin.staff.saved");
            flash.addFlashAttribute("noticeArg", details.fullName());
            return "redirect:/quan-tri/to-chuc/can-bo/" + member.id();
        }
        return page(agency(member.agencyCode().value()), member, form.typed(), chosen, form.errors(), model);
    }

    @PostMapping("/quan-tri/to-chuc/can-bo/{id}/nghi-viec")
    String left(@PathVariable String id, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        StaffMember member = member(id);
        Map<String, String> typed = typedOf(member);
        typed.putAll(params);
        TypedForm form = new TypedForm(typed, messages);
        LocalDate last = form.date("activeTo", true);
        if (form.attempt("activeTo", () -> organization.closeStaff(member.id(), last))) {
            flash.addFlashAttribute("notice", "web.admin.staff.left");
            flash.addFlashAttribute("noticeArg", member.fullName());
            return "redirect:/quan-tri/to-chuc?coQuan=" + member.agencyCode().value();
        }
        return page(agency(member.agencyCode().value()), member, form.typed(), member.roles(), form.errors(), model);
    }

    private String page(Agency agency, StaffMember member, Map<String, String> typed, List<String> roles,
            Map<String, String> errors, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("member", member);
        model.addAttribute("typed", typed);
        model.addAttribute("typedRoles", roles);
        model.addAttribute("roles", STAFF_ROLES);
        model.addAttribute("errors", errors);
        return "admin/staff-edit";
    }

    private static StaffDetails details(TypedForm form, List<String> roles) {
        return new StaffDetails(form.text("fullName"), form.text("position"), roles, form.text("username"),
                form.text("email"), form.text("phone"), form.date("activeFrom", false));
    }

    private Agency agency(String code) {
        return organization.agency(AgencyCode.of(code)).orElseThrow(() -> new AgencyNotFound(code));
    }

    private StaffMember member(String id) {
        return organization.staffMember(id).orElseThrow(() -> new StaffMemberNotFound(id));
    }

    private static Map<String, String> typedOf(StaffMember member) {
        Map<String, String> typed = new HashMap<>();
        typed.put("fullName", member.fullName());
        typed.put("position", member.position());
        typed.put("username", member.username());
        typed.put("email", member.email());
        typed.put("phone", member.phone());
        typed.put("activeFrom", member.activeFrom() == null ? null : member.activeFrom().toString());
        return typed;
    }
}
