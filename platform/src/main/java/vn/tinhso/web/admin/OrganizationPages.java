package vn.tinhso.web.admin;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyKind;
import vn.tinhso.organization.AgencyNotFound;
import vn.tinhso.organization.Contact;
import vn.tinhso.organization.InvalidFields;
import vn.tinhso.organization.OrganizationAdministration;
import vn.tinhso.organization.OrganizationAdministration.AgencyDetails;
import vn.tinhso.organization.StaffMember;
import vn.tinhso.organization.UnitNotFound;
import vn.tinhso.shared.Problem;

/**
 * Tổ chức: an agency with its staff by role on a day, its details edited or its validity ended (the 2025
 * reorganisation: a closed agency stays for the dossiers filed before), and an administrative unit with its children,
 * renamed or closed with successors. Changes go through {@link OrganizationAdministration}: the catalogue's checks
 * and audit. A refused form comes back with what was typed and one message per field.
 */
@Controller
class OrganizationPages {

    static final ZoneId OFFICES = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final String DEFAULT_AGENCY = "000.01.01.H92";

    private final OrganizationAdministration organization;
    private final FormMessages messages;

    OrganizationPages(OrganizationAdministration organization, FormMessages messages) {
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/to-chuc")
    String overview(@RequestParam(name = "coQuan", defaultValue = DEFAULT_AGENCY) String code,
            @RequestParam(name = "ngay", required = false) String day, Model model) {
        LocalDate today = LocalDate.now(OFFICES);
        LocalDate chosen = today;
        if (day != null && !day.isBlank()) {
            try {
                chosen = LocalDate.parse(day.strip());
            } catch (DateTimeParseException malformed) {
                model.addAttribute("dayError", messages.text(InvalidFields.MESSAGE_PREFIX + "malformed-date"));
            }
        }
        model.addAttribute("code", code);
        model.addAttribute("day", day == null || day.isBlank() ? chosen.toString() : day);
        model.addAttribute("today", today);
        model.addAttribute("chosen", chosen);
        model.addAttribute("roles", Role.values());
        Agency agency = agencyOrNull(code);
        model.addAttribute("agency", agency);
        model.addAttribute("staffByRole", agency == null ? Map.of() : byRole(organization.staff(agency.code(), chosen)));
        return "admin/organization";
    }

    @GetMapping("/quan-tri/to-chuc/co-quan/{code}")
    String editAgency(@PathVariable String code, Model model) {
        Agency agency = agency(code);
        return agencyPage(agency, typedOf(agency), Map.of(), model);
    }

    @PostMapping("/quan-tri/to-chuc/co-quan/{code}")
    String saveAgency(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        Agency agency = agency(code);
        TypedForm form = new TypedForm(params, messages);
        AgencyKind kind = kind(form);
        AgencyDetails details = new AgencyDetails(form.text("name"), form.text("shortName"), kind,
                new Contact(form.text("address"), form.text("phone"), form.text("email"), form.text("website")),
                form.text("note"));
        if (form.attempt("name", () -> organization.updateAgency(agency.code(), details))) {
            flash.addFlashAttribute("notice", "web.admin.agency.saved");
            return "redirect:/quan-tri/to-chuc?coQuan=" + agency.code().value();
        }
        return agencyPage(agency, form.typed(), form.errors(), model);
    }

    @PostMapping("/quan-tri/to-chuc/co-quan/{code}/cham-dut")
    String closeAgency(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        Agency agency = agency(code);
        Map<String, String> typed = typedOf(agency);
        typed.putAll(params);
        TypedForm form = new TypedForm(typed, messages);
        LocalDate last = form.date("validTo", true);
        List<AgencyCode> successors = new ArrayList<>();
        for (String successor : form.list("successors")) {
            try {
                successors.add(AgencyCode.of(successor));
            } catch (Problem malformed) {
                form.refuse("successors", "malformed");
            }
        }
        if (form.attempt("validTo", () -> organization.closeAgency(agency.code(), last, successors))) {
            flash.addFlashAttribute("notice", "web.admin.agency.closed");
            flash.addFlashAttribute("noticeArg", FormMessages.day(last));
            return "redirect:/quan-tri/to-chuc?coQuan=" + agency.code().value();
        }
        return agencyPage(agency, form.typed(), form.errors(), model);
    }

    @GetMapping("/quan-tri/to-chuc/don-vi/{code}")
    String unit(@PathVariable String code, Model model) {
        AdministrativeUnit unit = unitOf(code);
        return unitPage(unit, typedOf(unit), Map.of(), model);
    }

    @PostMapping("/quan-tri/to-chuc/don-vi/{code}")
    String renameUnit(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        AdministrativeUnit unit = unitOf(code);
        TypedForm form = new TypedForm(params, messages);
        if (form.attempt("name", () -> organization.renameUnit(unit.code(), form.text("name"), form.text("note")))) {
            flash.addFlashAttribute("notice", "web.admin.unit.saved");
            return "redirect:/quan-tri/to-chuc/don-vi/" + unit.code();
        }
        return unitPage(unit, form.typed(), form.errors(), model);
    }

    @PostMapping("/quan-tri/to-chuc/don-vi/{code}/cham-dut")
    String closeUnit(@PathVariable String code, @RequestParam Map<String, String> params, Model model,
            RedirectAttributes flash) {
        AdministrativeUnit unit = unitOf(code);
        Map<String, String> typed = typedOf(unit);
        typed.putAll(params);
        TypedForm form = new TypedForm(typed, messages);
        LocalDate last = form.date("validTo", true);
        if (form.attempt("validTo", () -> organization.closeUnit(unit.code(), last, form.list("successors")))) {
            flash.addFlashAttribute("notice", "web.admin.unit.closed");
            flash.addFlashAttribute("noticeArg", FormMessages.day(last));
            return "redirect:/quan-tri/to-chuc/don-vi/" + unit.code();
        }
        return unitPage(unit, form.typed(), form.errors(), model);
    }

    private static AgencyKind kind(TypedForm form) {
        try {
            return AgencyKind.valueOf(String.valueOf(form.text("kind")));
        } catch (IllegalArgumentException unknown) {
            form.refuse("kind", "unknown-value");
            return null;
        }
    }

    private String agencyPage(Agency agency, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("agency", agency);
        model.addAttribute("kinds", AgencyKind.values());
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "admin/agency-edit";
    }

    private String unitPage(AdministrativeUnit unit, Map<String, String> typed, Map<String, String> errors,
            Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("parent", unit.parentCode() == null ? null
                : organization.unit(unit.parentCode()).orElse(null));
        model.addAttribute("children", organization.children(unit.code()));
        model.addAttribute("today", LocalDate.now(OFFICES));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "admin/unit";
    }

    /** Staff by the roles they act in, in the order of {@link Role}; people without a known role last. */
    static Map<String, List<StaffMember>> byRole(List<StaffMember> staff) {
        Map<String, List<StaffMember>> byRole = new LinkedHashMap<>();
        for (Role role : Role.values()) {
            List<StaffMember> members = staff.stream().filter(member -> member.roles().contains(role.name())).toList();
            if (!members.isEmpty()) {
                byRole.put(role.name(), members);
            }
        }
        List<StaffMember> none = staff.stream().filter(member -> member.roles().stream()
                .noneMatch(name -> byRole.containsKey(name))).toList();
        if (!none.isEmpty()) {
            byRole.put("NONE", none);
        }
        return byRole;
    }

    private Agency agencyOrNull(String code) {
        try {
            return organization.agency(AgencyCode.of(code.strip())).orElse(null);
        } catch (Problem malformed) {
            return null;
        }
    }

    private Agency agency(String code) {
        return organization.agency(AgencyCode.of(code)).orElseThrow(() -> new AgencyNotFound(code));
    }

    private AdministrativeUnit unitOf(String code) {
        return organization.unit(code).orElseThrow(() -> new UnitNotFound(code));
    }

    private static Map<String, String> typedOf(Agency agency) {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", agency.name());
        typed.put("shortName", agency.shortName());
        typed.put("kind", agency.kind().name());
        typed.put("address", agency.contact().address());
        typed.put("phone", agency.contact().phone());
        typed.put("email", agency.contact().email());
        typed.put("website", agency.contact().website());
        typed.put("note", agency.note());
        return typed;
    }

    private static Map<String, String> typedOf(AdministrativeUnit unit) {
        Map<String, String> typed = new HashMap<>();
        typed.put("name", unit.name());
        typed.put("note", unit.note());
        return typed;
    }
}
