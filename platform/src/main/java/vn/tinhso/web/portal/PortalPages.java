package vn.tinhso.web.portal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureNotFound;
import vn.tinhso.catalog.ProcedureQuery;
import vn.tinhso.catalog.ProcedureSummary;
import vn.tinhso.dossier.DossierBoard;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;

/** Trang chủ, tìm kiếm và trang thủ tục: what anyone can read without signing in. */
@Controller
class PortalPages {

    private static final int MOST_USED = 8;
    private static final Duration MOST_USED_FRESH = Duration.ofMinutes(10);

    private final ProcedureCatalog catalog;
    private final DossierBoard board;
    private final Organizations organizations;
    /** The most used procedures change slowly; counting them on every visit of the home page would not. */
    private final AtomicReference<MostUsed> mostUsed = new AtomicReference<>();

    PortalPages(ProcedureCatalog catalog, DossierBoard board, Organizations organizations) {
        this.catalog = catalog;
        this.board = board;
        this.organizations = organizations;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("popular", mostUsed());
        return "portal/home";
    }

    @GetMapping("/thu-tuc")
    String search(@RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "trang", defaultValue = "0") int page, Model model) {
        model.addAttribute("q", text == null ? "" : text);
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("results", catalog.search(new ProcedureQuery(text, null, null, null, null, page, 20)));
        return "portal/search";
    }

    @GetMapping("/thu-tuc/{code}")
    String procedure(@PathVariable String code, Model model) {
        Procedure procedure = catalog.current(code);
        model.addAttribute("p", procedure);
        model.addAttribute("d", procedure.definition());
        model.addAttribute("agencies", agencyNames(procedure.definition().implementingAgencies(), organizations));
        return "portal/procedure";
    }

    /** QCVN 102 codes with the agencies' names as the catalogue knows them today. */
    static List<AgencyChoice> agencyNames(List<String> codes, Organizations organizations) {
        LocalDate today = LocalDate.now();
        return codes.stream().map(code -> new AgencyChoice(code, organizations.agency(AgencyCode.of(code), today)
                .map(agency -> agency.name()).orElse(code))).toList();
    }

    private List<ProcedureSummary> mostUsed() {
        MostUsed known = mostUsed.get();
        if (known != null && known.at().plus(MOST_USED_FRESH).isAfter(Instant.now())) {
            return known.procedures();
        }
        List<ProcedureSummary> found = new ArrayList<>();
        for (String code : board.mostUsedProcedures(MOST_USED)) {
            try {
                Procedure procedure = catalog.current(code);
                found.add(summary(procedure));
            } catch (ProcedureNotFound retired) {
                // no longer in force: not offered on the home page
            }
        }
        if (found.size() < MOST_USED) {
            catalog.search(new ProcedureQuery(null, null, null, null, null, 0, MOST_USED)).stream()
                    .filter(s -> found.stream().noneMatch(f -> f.code().equals(s.code())))
                    .limit(MOST_USED - found.size()).forEach(found::add);
        }
        mostUsed.set(new MostUsed(List.copyOf(found), Instant.now()));
        return found;
    }

    private static ProcedureSummary summary(Procedure p) {
        var d = p.definition();
        return new ProcedureSummary(p.code().value(), p.version(), p.name(), d.field() == null ? null
                : d.field().code(), d.field() == null ? null : d.field().name(), d.levels(), d.onlineMode(),
                d.implementingAgencies(), 0);
    }

    private record MostUsed(List<ProcedureSummary> procedures, Instant at) {
    }
}
