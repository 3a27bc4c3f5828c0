package vn.tinhso.web.workbench;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.Dossier;
import vn.tinhso.dossier.DossierBoard;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.web.support.PageFormats;
import vn.tinhso.workflow.TaskView;
import vn.tinhso.workflow.Workflows;

/**
 * Hộp công việc: the officer's tasks (claimed by them, and waiting to be claimed) and the agency's open dossiers,
 * soonest due first, coloured by how close the appointment is, filtered by status and due state.
 */
@Controller
class InboxPage {

    private static final int PAGE = 50;
    private static final int WAITING_TASKS = 50;

    private final DossierQueries queries;
    private final DossierBoard board;
    private final Workflows workflows;
    private final ProcedureCatalog catalog;
    private final Officers officers;
    private final PageFormats formats;

    InboxPage(DossierQueries queries, DossierBoard board, Workflows workflows, ProcedureCatalog catalog,
            Officers officers, PageFormats formats) {
        this.queries = queries;
        this.board = board;
        this.workflows = workflows;
        this.catalog = catalog;
        this.officers = officers;
        this.formats = formats;
    }

    @GetMapping("/can-bo")
    String inbox(@RequestParam(name = "coQuan", required = false) String agency,
            @RequestParam(name = "trangThai", required = false) DossierStatus status,
            @RequestParam(name = "han", required = false) String due, Model model) {
        String agencyCode = agency == null || agency.isBlank() ? officers.agencyOfCurrent() : agency.strip();
        List<DossierStatus> statuses = status != null ? List.of(status)
                : EnumSet.complementOf(EnumSet.of(DossierStatus.REFUSED, DossierStatus.RETURNED,
                        DossierStatus.WITHDRAWN, DossierStatus.CANCELLED)).stream().toList();
        List<DossierBoard.Row> dossiers = "late".equals(due)
                ? board.dueBefore(agencyCode, Instant.now(), PAGE)
                : queries.inbox(new DossierQueries.InboxFilter(agencyCode, statuses, null, null, null, null, PAGE))
                        .stream().map(InboxPage::row).toList();
        if ("soon".equals(due)) {
            dossiers = dossiers.stream().filter(d -> "soon".equals(formats.due(d.dueAt()))).toList();
        }
        List<TaskView> mine = workflows.tasks(true, null);
        List<TaskView> waiting = workflows.waitingTasks(WAITING_TASKS);
        model.addAttribute("agency", agencyCode);
        model.addAttribute("status", status);
        model.addAttribute("due", due == null ? "" : due);
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("dossiers", dossiers);
        model.addAttribute("names", dossiers.stream().collect(Collectors.toMap(DossierBoard.Row::code,
                d -> catalog.name(d.procedureCode(), d.procedureVersion()), (a, b) -> a)));
        model.addAttribute("mine", mine);
        model.addAttribute("waiting", waiting);
        return "workbench/inbox";
    }

    private static DossierBoard.Row row(DossierQueries.InboxItem d) {
        return new DossierBoard.Row(d.code(), d.procedureCode(), d.procedureVersion(), d.applicantName(), d.status(),
                d.receivedAt(), d.dueAt());
    }

    /** Mở hồ sơ theo mã: the officer types the code a citizen reads out. */
    @GetMapping("/can-bo/ho-so")
    String open(@RequestParam(name = "ma", defaultValue = "") String code) {
        String typed = code.strip();
        return typed.isEmpty() ? "redirect:/can-bo" : "redirect:/can-bo/ho-so/" + java.net.URLEncoder.encode(typed,
                java.nio.charset.StandardCharsets.UTF_8);
    }

    @GetMapping("/can-bo/bang-dieu-khien")
    String dashboard(@RequestParam(name = "coQuan", required = false) String agency, Model model) {
        String agencyCode = agency == null || agency.isBlank() ? officers.agencyOfCurrent() : agency.strip();
        Map<DossierStatus, Long> counts = board.countByStatus(agencyCode);
        Instant now = Instant.now();
        List<DossierBoard.Row> late = board.dueBefore(agencyCode, now, 20);
        Instant soon = now.plus(PageFormats.AT_RISK.multipliedBy(2));
        List<DossierBoard.Row> atRisk = board.dueBefore(agencyCode, soon, 40).stream()
                .filter(d -> !d.dueAt().isBefore(now)).limit(20).toList();
        model.addAttribute("agency", agencyCode);
        model.addAttribute("counts", counts);
        model.addAttribute("total", counts.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("statuses", DossierStatus.values());
        model.addAttribute("lateCount", board.countDueBefore(agencyCode, now));
        model.addAttribute("late", late);
        model.addAttribute("atRisk", atRisk);
        return "workbench/dashboard";
    }
}
