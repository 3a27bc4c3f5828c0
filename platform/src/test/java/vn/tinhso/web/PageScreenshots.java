package vn.tinhso.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.StartedProcesses;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Saves screenshots of the main pages to {@code docs/screenshots/} for the README tour. Not part of the test suite
 * (its name does not end in Test); run it with {@code scripts/screenshots.sh}.
 */
@PlatformIntegrationTest
class PageScreenshots {

    private static final Path OUT = Path.of(System.getProperty("tinhso.screenshots.dir", "../docs/screenshots"));

    @LocalServerPort
    int port;

    @Test
    void savesTheMainPages() throws IOException {
        Files.createDirectories(OUT);
        WebFixtures.publishTestProcedure(port);
        String land = landDossier();
        String online = onlineDossier();
        try (Browser browser = Browser.open(port, 1280, 1000)) {
            shoot(browser, "/", "01-trang-chu");
            shoot(browser, "/thu-tuc?q=dat%20dai", "02-tim-thu-tuc");
            shoot(browser, "/thu-tuc/STG-DD-001", "03-trang-thu-tuc");
            shoot(browser, "/tra-cuu?ma=" + online + "&dinhDanh=079201007777", "04-tra-cuu");
            browser.signIn("congdan");
            browser.go("/nop-ho-so/STG-DD-001");
            browser.find("label[for='case-1']").click();
            browser.click("main form button[type=submit]");
            browser.type("#a_fullName", "Nguyễn Văn An");
            browser.type("#a_idNumber", "0792010");
            browser.click("main form button[type=submit]");
            save(browser, "05-nop-ho-so-loi");
            browser.go("/ca-nhan/ho-so");
            if (!browser.driver.findElements(By.id("idNumber")).isEmpty()) {
                browser.type("#fullName", "Nguyễn Văn An");
                browser.type("#idNumber", "079201007777");
                browser.click("main form button[type=submit]");
            }
            shoot(browser, "/ca-nhan/ho-so", "06-ho-so-cua-toi");
            shoot(browser, "/ca-nhan/ho-so/" + online, "07-chi-tiet-ho-so");
        }
        try (Browser browser = Browser.open(port, 1280, 1300)) {
            browser.signIn("quantri");
            shoot(browser, "/can-bo?coQuan=000.11.29.H55", "08-hop-cong-viec");
            browser.go("/can-bo/ho-so/" + land);
            browser.waitUntil(d -> "true".equals(d.findElement(By.id("so-do")).getAttribute("data-rendered")));
            save(browser, "09-ho-so-can-bo");
            shoot(browser, "/can-bo/tiep-nhan?thuTuc=1.001193", "10-tiep-nhan");
            shoot(browser, "/can-bo/bang-dieu-khien?coQuan=000.11.29.H55", "11-theo-doi");
            shoot(browser, "/quan-tri/thu-tuc/" + WebFixtures.PROCEDURE, "12-bien-tap-thu-tuc");
            browser.go("/quan-tri/quy-trinh?thuTuc=STG-DD-001");
            browser.waitUntil(d -> "true".equals(d.findElement(By.id("so-do")).getAttribute("data-rendered")));
            save(browser, "13-quy-trinh-bpmn");
            shoot(browser, "/quan-tri/to-chuc?coQuan=000.00.51.H92", "15-to-chuc-can-bo");
            shoot(browser, "/quan-tri/lich?nam=2026", "16-lich-lam-viec");
        }
        try (Browser phone = Browser.open(port, 390, 844)) {
            shoot(phone, "/?lang=en", "14-dien-thoai-tieng-anh");
        }
    }

    private String landDossier() {
        Api officer = Api.at(port).as("motcua");
        JsonNode documents = officer.get("/api/v1/procedures/STG-DD-001").json().get("definition").get("documents");
        List<Map<String, Object>> given = documents.valueStream()
                .filter(d -> d.get("mandatory").asBoolean() && !d.get("toShow").asBoolean())
                .filter(d -> d.get("caseIds").isEmpty()
                        || d.get("caseIds").valueStream().anyMatch(c -> c.asString().equals("HO_GIA_DINH")))
                .map(d -> Map.<String, Object>of("documentId", d.get("id").asString(), "originals", 1)).toList();
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", "STG-DD-001");
        request.put("caseId", "HO_GIA_DINH");
        request.put("agencyCode", "000.11.29.H55");
        request.put("channel", "COUNTER");
        request.put("applicant", Map.of("fullName", "Trần Văn Bình", "idNumber", "094201002222",
                "phone", "0987654321", "address", "Phường 1, Sóc Trăng"));
        request.put("formData", Map.of("hoTen", "Trần Văn Bình", "soDinhDanh", "094201002222",
                "diaChiThuongTru", "Phường 1, Sóc Trăng", "thuaDatSo", "120", "toBanDoSo", "15", "dienTich", 152.5,
                "mucDichSuDung", "Đất ở"));
        request.put("documents", given);
        Api.Answer receipt = officer.post("/api/v1/dossiers", request);
        if (receipt.status() != 201) {
            throw new IllegalStateException(receipt.toString());
        }
        String code = receipt.json().get("code").asString();
        StartedProcesses.await(officer, code);
        JsonNode tasks = officer.get("/api/v1/dossiers/" + code + "/process").json().get("openSteps");
        String task = tasks.get(0).get("id").asString();
        officer.post("/api/v1/tasks/" + task + "/complete", Map.of("decision", "APPROVE", "comment", "Đủ hồ sơ"));
        return code;
    }

    private String onlineDossier() {
        Api.Answer receipt = Api.at(port).as("congdan").post("/api/v1/dossiers", Map.of(
                "procedureCode", WebFixtures.PROCEDURE, "agencyCode", WebFixtures.AGENCY, "channel", "ONLINE",
                "delivery", "ONLINE",
                "applicant", Map.of("fullName", "Nguyễn Văn An", "idNumber", "079201007777", "phone", "0912345678"),
                "formData", Map.of("noiCuTru", "Phường Sóc Trăng", "soNhanKhau", 4, "mucDich", "Việc làm"),
                "documents", List.of(Map.of("documentId", "TP1", "originals", 1))));
        if (receipt.status() != 201) {
            throw new IllegalStateException(receipt.toString());
        }
        return receipt.json().get("code").asString();
    }

    private static void shoot(Browser browser, String path, String name) {
        browser.go(path);
        browser.waitFor("main");
        save(browser, name);
    }

    private static void save(Browser browser, String name) {
        try {
            Files.write(OUT.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
