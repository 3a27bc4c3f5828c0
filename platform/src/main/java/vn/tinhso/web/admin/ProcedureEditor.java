package vn.tinhso.web.admin;

import jakarta.servlet.http.HttpServletRequest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.FeeRule;
import vn.tinhso.catalog.FormField;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCase;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.ProcedureQuery;
import vn.tinhso.catalog.ProcedureStatus;
import vn.tinhso.catalog.RequiredDocument;
import vn.tinhso.catalog.TimeLimit;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Biên tập thủ tục: the catalogue administrator edits the newest version of a procedure — basic fields, cases,
 * documents, time limits, fees and the e-form's fields as a list — saves it as a draft and publishes it as a new
 * version. Rows keep the attributes the page does not show (conditions, auto-fill...) as they were; a blank row adds
 * one, a row whose name is emptied is removed.
 */
@Controller
class ProcedureEditor {

    private final ProcedureCatalog catalog;
    private final ProblemResponses problems;

    ProcedureEditor(ProcedureCatalog catalog, ProblemResponses problems) {
        this.catalog = catalog;
        this.problems = problems;
    }

    @GetMapping("/quan-tri/thu-tuc")
    String list(@RequestParam(name = "q", required = false) String text, Model model) {
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("results", catalog.search(new ProcedureQuery(text, null, null, null, null, 0, 50)));
        return "admin/procedures";
    }

    @GetMapping("/quan-tri/thu-tuc/{code}")
    String edit(@PathVariable String code, Model model) {
        List<Procedure> versions = catalog.versions(code);
        Procedure newest = versions.stream().max(java.util.Comparator.comparingInt(Procedure::version)).orElseThrow();
        return page(newest.definition(), newest, versions, null, model);
    }

    @PostMapping("/quan-tri/thu-tuc/{code}")
    String save(@PathVariable String code, @RequestParam Map<String, String> params, HttpServletRequest request,
            Model model, RedirectAttributes flash) {
        List<Procedure> versions = catalog.versions(code);
        Procedure newest = versions.stream().max(java.util.Comparator.comparingInt(Procedure::version)).orElseThrow();
        ProcedureDefinition edited;
        try {
            edited = edited(newest.definition(), params);
            catalog.saveDraft(edited);
        } catch (Problem refused) {
            return page(newest.definition(), newest, versions, problems.of(refused, request).getDetail(), model);
        } catch (IllegalArgumentException unreadable) {
            return page(newest.definition(), newest, versions, unreadable.getMessage(), model);
        }
        flash.addFlashAttribute("notice", "web.admin.procedure.saved");
        return "redirect:/quan-tri/thu-tuc/" + code;
    }

    @PostMapping("/quan-tri/thu-tuc/{code}/cong-bo")
    String publish(@PathVariable String code, HttpServletRequest request, RedirectAttributes flash) {
        try {
            Procedure published = catalog.publish(code);
            flash.addFlashAttribute("notice", "web.admin.procedure.published");
            flash.addFlashAttribute("noticeArg", published.version());
        } catch (Problem refused) {
            flash.addFlashAttribute("errorText", problems.of(refused, request).getDetail());
        }
        return "redirect:/quan-tri/thu-tuc/" + code;
    }

    private String page(ProcedureDefinition definition, Procedure newest, List<Procedure> versions, String refusal,
            Model model) {
        model.addAttribute("d", definition);
        model.addAttribute("newest", newest);
        model.addAttribute("isDraft", newest.status() == ProcedureStatus.DRAFT);
        model.addAttribute("versions", versions);
        model.addAttribute("refusal", refusal);
        model.addAttribute("form", definition.forms().isEmpty() ? null : definition.forms().getFirst());
        model.addAttribute("onlineModes", OnlineMode.values());
        model.addAttribute("units", TimeLimit.Unit.values());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("feeKinds", FeeRule.Kind.values());
        model.addAttribute("fieldTypes", FormField.Type.values());
        return "admin/procedure-edit";
    }

    /** The definition with what the page sent applied over it. */
    static ProcedureDefinition edited(ProcedureDefinition d, Map<String, String> p) {
        List<ProcedureCase> cases = rows(p, "case", d.cases(), (i, old) -> new ProcedureCase(p.get("case" + i + ".id"),
                p.get("case" + i + ".name"), old == null ? null : old.description(),
                old == null ? List.of() : old.applicantTypes()));
        List<RequiredDocument> documents = rows(p, "doc", d.documents(), (i, old) -> new RequiredDocument(
                p.get("doc" + i + ".id"), p.get("doc" + i + ".name"), number(p, "doc" + i + ".originals"),
                number(p, "doc" + i + ".copies"), p.containsKey("doc" + i + ".mandatory"),
                p.containsKey("doc" + i + ".toShow"), old == null ? null : old.formTemplate(),
                old == null ? List.of() : old.caseIds()));
        List<TimeLimit> limits = rows(p, "time", d.timeLimits(), (i, old) -> new TimeLimit(
                new BigDecimal(p.get("time" + i + ".amount").strip().replace(',', '.')),
                TimeLimit.Unit.valueOf(p.get("time" + i + ".unit")), channel(p.get("time" + i + ".channel")),
                old == null ? null : old.caseId(), old == null ? null : old.note()), "amount");
        List<FeeRule> fees = rows(p, "fee", d.fees(), (i, old) -> new FeeRule(p.get("fee" + i + ".name"),
                FeeRule.Kind.valueOf(p.get("fee" + i + ".kind")), Long.parseLong(p.get("fee" + i + ".amount")
                .strip().replace(".", "").replace(",", "")), old == null ? null : old.basis(),
                old == null ? null : old.applicantTypes(), old == null ? null : old.area(),
                old == null ? null : old.objectType(), old == null ? null : old.channels(),
                old == null ? null : old.caseIds(), blankToNull(p.get("fee" + i + ".legalBasis"))));
        List<EForm> forms = new ArrayList<>(d.forms());
        if (!forms.isEmpty() || p.containsKey("field0.name") && !p.get("field0.name").isBlank()) {
            EForm first = forms.isEmpty() ? new EForm(null, d.name(), List.of()) : forms.getFirst();
            List<FormField> fields = rows(p, "field", first.fields(), (i, old) -> new FormField(
                    p.get("field" + i + ".name"), p.get("field" + i + ".label"),
                    FormField.Type.valueOf(p.get("field" + i + ".type")), p.containsKey("field" + i + ".required"),
                    old == null ? null : old.pattern(), old == null ? List.of() : old.options(),
                    old == null ? null : old.autoFill(), old == null ? null : old.section(),
                    old == null ? null : old.width()));
            EForm form = new EForm(first.caseId(), blankOr(p.get("formTitle"), first.title()), fields);
            if (forms.isEmpty()) {
                forms.add(form);
            } else {
                forms.set(0, form);
            }
        }
        return new ProcedureDefinition(d.code(), blankOr(p.get("name"), d.name()), d.field(), d.levels(),
                OnlineMode.valueOf(p.getOrDefault("onlineMode", d.onlineMode().name())), d.implementingAgencies(),
                d.resultTypes(), lines(p.get("legalBasis")), blankToNull(p.get("description")),
                blankToNull(p.get("conditions")), d.subjects(), cases, limits, documents, d.steps(),
                d.excludedPeriods(), fees, forms, d.sourceUrl());
    }

    /**
     * Rows {@code prefix0..prefixN} (N = the old rows plus one blank), each kept if its {@code key} is filled; the
     * old row at the same index is given to keep what the page does not edit.
     */
    private static <T> List<T> rows(Map<String, String> p, String prefix, List<T> old, RowReader<T> reader,
            String key) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i <= old.size(); i++) {
            String value = p.get(prefix + i + "." + key);
            if (value != null && !value.isBlank()) {
                rows.add(reader.read(i, i < old.size() ? old.get(i) : null));
            }
        }
        return rows;
    }

    private static <T> List<T> rows(Map<String, String> p, String prefix, List<T> old, RowReader<T> reader) {
        return rows(p, prefix, old, reader, "name");
    }

    @FunctionalInterface
    private interface RowReader<T> {
        T read(int index, T old);
    }

    private static int number(Map<String, String> p, String key) {
        String value = p.get(key);
        return value == null || value.isBlank() ? 0 : Integer.parseInt(value.strip());
    }

    private static Channel channel(String value) {
        return value == null || value.isBlank() ? null : Channel.valueOf(value);
    }

    private static List<String> lines(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R")).map(String::strip)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static String blankOr(String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
