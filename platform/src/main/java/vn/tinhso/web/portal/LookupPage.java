package vn.tinhso.web.portal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierResults;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.shared.Problem;
import vn.tinhso.shared.ProblemResponses;

/**
 * Tra cứu hồ sơ: by dossier code and the applicant's identification number, without signing in. It is also where
 * the QR code of every printed notice leads ({@code /tra-cuu?ma=&thuTuc=&dinhDanh=}). After the result is returned
 * the applicant can rate the service here.
 */
@Controller
class LookupPage {

    private final DossierQueries queries;
    private final DossierResults results;
    private final ProblemResponses problems;

    LookupPage(DossierQueries queries, DossierResults results, ProblemResponses problems) {
        this.queries = queries;
        this.results = results;
        this.problems = problems;
    }

    @GetMapping("/tra-cuu")
    String lookup(@RequestParam(name = "ma", required = false) String code,
            @RequestParam(name = "dinhDanh", required = false) String idNumber, HttpServletRequest request,
            Model model) {
        model.addAttribute("ma", code == null ? "" : code.strip());
        model.addAttribute("dinhDanh", idNumber == null ? "" : idNumber.strip());
        if (code != null && !code.isBlank() && idNumber != null && !idNumber.isBlank()) {
            try {
                DossierQueries.PublicStatus status = queries.lookup(code.strip(), idNumber.strip(), null);
                model.addAttribute("s", status);
                model.addAttribute("canRate", status.status() == DossierStatus.RETURNED);
            } catch (Problem notFound) {
                model.addAttribute("notFound", problems.of(notFound, request).getDetail());
            }
        } else if (code != null || idNumber != null) {
            model.addAttribute("incomplete", true);
        }
        return "portal/lookup";
    }

    @PostMapping("/tra-cuu/danh-gia")
    String rate(@RequestParam("ma") String code, @RequestParam("dinhDanh") String idNumber,
            @RequestParam(name = "diem", defaultValue = "0") int score,
            @RequestParam(name = "gopY", required = false) String comment, HttpServletRequest request,
            Model model) {
        try {
            results.rate(code, idNumber, score, null, comment);
            model.addAttribute("rated", true);
        } catch (Problem refused) {
            model.addAttribute("ratingError", problems.of(refused, request).getDetail());
        }
        return lookup(code, idNumber, request, model);
    }
}
