package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * axe-core, run inside the browser on each main page (WCAG 2.1 A and AA rules), finds no serious or critical
 * violation: the citizen's pages, the officer's and the administrator's.
 */
@PlatformIntegrationTest
class AccessibilityIntegrationTest {

    private static final String ID_NUMBER = "079201005555";

    @LocalServerPort
    int port;

    private String code;

    @BeforeEach
    void dossier() {
        WebFixtures.publishTestProcedure(port);
        Api.Answer receipt = Api.at(port).as("motcua").post("/api/v1/dossiers", Map.of(
                "procedureCode", WebFixtures.PROCEDURE, "agencyCode", WebFixtures.AGENCY, "channel", "COUNTER",
                "applicant", Map.of("fullName", "Lê Thị Thu", "idNumber", ID_NUMBER, "phone", "0911222333"),
                "formData", Map.of("noiCuTru", "Phường Sóc Trăng", "soNhanKhau", 2, "mucDich", "Học tập"),
                "documents", List.of(Map.of("documentId", "TP1", "originals", 1))));
        assertThat(receipt.status()).as(receipt.toString()).isEqualTo(201);
        code = receipt.json().get("code").asString();
    }

    @Test
    void theCitizensPagesHaveNoSeriousOrCriticalViolation() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            for (String page : List.of("/", "/thu-tuc?q=khai%20sinh", "/thu-tuc/" + WebFixtures.PROCEDURE,
                    "/tra-cuu?ma=" + code + "&dinhDanh=" + ID_NUMBER, "/tra-cuu?ma=sai&dinhDanh=1", "/dang-nhap",
                    "/idp/login?error=credentials", "/trang-khong-co", "/?lang=en")) {
                problems.addAll(check(browser, page));
            }
            browser.signIn("congdan");
            browser.go("/ca-nhan/ho-so");
            if (!browser.driver.findElements(org.openqa.selenium.By.id("idNumber")).isEmpty()) {
                browser.type("#fullName", "Lê Thị Thu");
                browser.type("#idNumber", ID_NUMBER);
                browser.click("main form button[type=submit]");
            }
            for (String page : List.of("/ca-nhan/ho-so", "/ca-nhan/ho-so/" + code, "/ca-nhan/ket-qua",
                    "/nop-ho-so/" + WebFixtures.PROCEDURE)) {
                problems.addAll(check(browser, page));
            }
            browser.click("main form button[type=submit]");
            browser.waitFor(".alert");
            problems.addAll(check(browser, null));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void theOfficersAndAdministratorsPagesHaveNoSeriousOrCriticalViolation() {
        List<String> problems = new ArrayList<>();
        try (Browser browser = Browser.open(port)) {
            browser.signIn("quantri");
            for (String page : List.of("/can-bo?coQuan=" + WebFixtures.AGENCY, "/can-bo/ho-so/" + code,
                    "/can-bo/tiep-nhan?q=khai%20sinh", "/can-bo/tiep-nhan?thuTuc=" + WebFixtures.PROCEDURE,
                    "/can-bo/bang-dieu-khien?coQuan=" + WebFixtures.AGENCY, "/quan-tri/thu-tuc",
                    "/quan-tri/thu-tuc/" + WebFixtures.PROCEDURE, "/quan-tri/to-chuc", "/quan-tri/lich",
                    "/quan-tri/to-chuc/co-quan/" + WebFixtures.AGENCY,
                    "/quan-tri/to-chuc/co-quan/" + WebFixtures.AGENCY + "/can-bo", "/quan-tri/to-chuc/don-vi/94",
                    "/quan-tri/quy-trinh")) {
                problems.addAll(check(browser, page));
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Serious and critical violations on the page, each as "page: rule (impact) — first element". */
    private static List<String> check(Browser browser, String page) {
        if (page != null) {
            browser.go(page);
        }
        browser.waitFor("main");
        Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze(browser.driver);
        String where = browser.driver.getCurrentUrl();
        List<String> found = new ArrayList<>();
        if (browser.driver.getTitle().startsWith("Đã có lỗi") && !where.contains("/trang-khong-co")) {
            found.add(where + ": the page answered an error page instead of its content");
        }
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                found.add(where + ": " + rule.getId() + " (" + rule.getImpact() + ") — "
                        + rule.getNodes().getFirst().getHtml());
            }
        }
        return found;
    }
}
