package vn.tinhso.web.admin;

import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinhso.calendar.CalendarOverride;
import vn.tinhso.calendar.CalendarOverrides;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.shared.Problem;

/**
 * Lịch làm việc: the year's days off and Saturdays worked, and the government's overrides the catalogue administrator
 * adds or withdraws. A refused entry re-renders with what was typed and one message per field.
 */
@Controller
class CalendarOverridePages {

    /** The API's limits (calendar.web.OverrideController), so the page refuses what the API refuses. */
    private static final Map<String, Integer> LIMITS = limits();

    private final WorkingCalendar calendar;
    private final CalendarOverrides overrides;
    private final FormMessages messages;

    CalendarOverridePages(WorkingCalendar calendar, CalendarOverrides overrides, FormMessages messages) {
        this.calendar = calendar;
        this.overrides = overrides;
        this.messages = messages;
    }

    @GetMapping("/quan-tri/lich")
    String calendar(@RequestParam(name = "nam", required = false) Integer year, Model model) {
        int chosen = year == null ? Year.now().getValue() : DateOutOfRange.checkYear(year);
        return page(chosen, Map.of("kind", "DAY_OFF"), Map.of(), model);
    }

    @PostMapping("/quan-tri/lich/ngay")
    String add(@RequestParam Map<String, String> typed, Model model,
            RedirectAttributes flash) {
        Map<String, String> errors = errors(typed);
        LocalDate date = errors.containsKey("date") ? null : LocalDate.parse(typed.get("date").strip());
        int year = date == null ? Year.now().getValue() : date.getYear();
        if (!errors.isEmpty()) {
            return page(year, typed, errors, model);
        }
        try {
            overrides.add(new CalendarOverride.Entry(date, "DAY_OFF".equals(typed.get("kind")), typed.get("nameVi"),
                    typed.get("nameEn"), typed.get("reference"), typed.get("note")));
        } catch (Problem refused) {
            return page(year, typed, Map.of("date", messages.detail(refused)), model);
        }
        flash.addFlashAttribute("notice", "web.admin.override.added");
        flash.addFlashAttribute("noticeArg", FormMessages.day(date));
        return "redirect:/quan-tri/lich?nam=" + year;
    }

    @PostMapping("/quan-tri/lich/ngay/{date}/rut")
    String withdraw(@PathVariable LocalDate date, RedirectAttributes flash) {
        try {
            overrides.withdraw(date);
            flash.addFlashAttribute("notice", "web.admin.override.withdrawn");
            flash.addFlashAttribute("noticeArg", FormMessages.day(date));
        } catch (Problem refused) {
            flash.addFlashAttribute("errorText", messages.detail(refused));
        }
        return "redirect:/quan-tri/lich?nam=" + date.getYear();
    }

    private String page(int year, Map<String, String> typed, Map<String, String> errors, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("holidays", calendar.holidays(year));
        model.addAttribute("extraWorkingDays", calendar.extraWorkingDays(year));
        model.addAttribute("overrides", overrides.inYear(year));
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return "admin/calendar";
    }

    /** Field → what is wrong with it, in words; empty when the entry may go to the calendar. */
    private Map<String, String> errors(Map<String, String> typed) {
        Map<String, String> errors = new LinkedHashMap<>();
        String date = typed.getOrDefault("date", "").strip();
        if (date.isEmpty()) {
            errors.put("date", messages.text("web.admin.override.required"));
        } else {
            try {
                LocalDate day = LocalDate.parse(date);
                if (day.isBefore(DateOutOfRange.FIRST) || day.isAfter(DateOutOfRange.LAST)) {
                    errors.put("date", messages.text("web.admin.override.outOfRange", DateOutOfRange.FIRST.getYear(),
                            DateOutOfRange.LAST.getYear()));
                }
            } catch (DateTimeParseException malformed) {
                errors.put("date", messages.text("web.admin.override.badDate"));
            }
        }
        if (!"DAY_OFF".equals(typed.get("kind")) && !"WORKING_DAY".equals(typed.get("kind"))) {
            errors.put("kind", messages.text("web.admin.override.required"));
        }
        LIMITS.forEach((field, limit) -> {
            String value = typed.getOrDefault(field, "").strip();
            if (value.isEmpty() && !"note".equals(field)) {
                errors.put(field, messages.text("web.admin.override.required"));
            } else if (value.length() > limit) {
                errors.put(field, messages.text("web.admin.override.tooLong", limit));
            }
        });
        return errors;
    }

    private static Map<String, Integer> limits() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        limits.put("nameVi", 200);
        limits.put("nameEn", 200);
        limits.put("reference", 1000);
        limits.put("note", 1000);
        return limits;
    }
}
