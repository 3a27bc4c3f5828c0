package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** What the applicant gets: the printed receipt slip, and a notice of every change they may see. */
@PlatformIntegrationTest
@SuppressWarnings("unchecked")
class DossierNoticesIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theReceiptSlipNamesTheDossierTheApplicantAndTheProcedure() throws Exception {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201001616", null);

        Api.Answer pdf = officer.get("/api/v1/dossiers/" + code + "/receipt.pdf");

        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).isEqualTo("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(code, "Nguyễn Thị Hồng Nhung", "Thủ tục đăng ký khai sinh",
                    "UBND phường Phú Lợi");
        }
    }

    @Test
    void eachFormIsPrintedOnceItsEventHappenedWithTheOfficersWords() throws Exception {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201001818", null);
        Api.Answer tooEarly = officer.get("/api/v1/dossiers/" + code + "/notices/REFUSAL");
        assertThat(tooEarly.status()).isEqualTo(409);
        assertThat(tooEarly.json().get("code").asString()).isEqualTo("dossier-notice-not-due");

        officer.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", Map.of());
        officer.post("/api/v1/dossiers/" + code + "/actions/REQUEST_SUPPLEMENT",
                Map.of("reason", "Giấy chứng sinh bản chính"));
        assertThat(text(officer, code, "SUPPLEMENT_REQUEST")).contains("Giấy chứng sinh bản chính");

        officer.post("/api/v1/dossiers/" + code + "/actions/SUPPLEMENT_PROVIDED", Map.of());
        String due = officer.get("/api/v1/dossiers/" + code).json().get("dueAt").asString();
        officer.post("/api/v1/dossiers/" + code + "/actions/APOLOGISE", Map.of("reason",
                "Chờ xác minh nơi cư trú", "newDueAt", java.time.Instant.parse(due).plusSeconds(7 * 86400).toString()));
        assertThat(text(officer, code, "APOLOGY")).contains("Chờ xác minh nơi cư trú");

        officer.post("/api/v1/dossiers/" + code + "/actions/RESULT_READY", Map.of());
        officer.post("/api/v1/dossiers/" + code + "/actions/RETURN_RESULT", Map.of());
        assertThat(text(officer, code, "HANDOVER")).contains(code, "Nguyễn Thị Hồng Nhung");

        String refused = receive(officer, "094201001919", null);
        officer.post("/api/v1/dossiers/" + refused + "/actions/REFUSE",
                Map.of("reason", "Trẻ đã được đăng ký khai sinh tại nơi khác"));
        assertThat(text(officer, refused, "REFUSAL")).contains("Trẻ đã được đăng ký khai sinh tại nơi khác");
    }

    private static String text(Api officer, String code, String kind) throws Exception {
        Api.Answer pdf = officer.get("/api/v1/dossiers/" + code + "/notices/" + kind);
        assertThat(pdf.status()).as(kind + " " + pdf).isEqualTo(200);
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theApplicantIsNotifiedByEmailAndSmsOfEveryChangeTheyMaySee() {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201001717", "nhung@example.vn");
        officer.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", Map.of());
        officer.post("/api/v1/dossiers/" + code + "/actions/REQUEST_SUPPLEMENT",
                Map.of("reason", "Bổ sung giấy chứng sinh"));

        List<JsonNode> queued = Api.at(port).as("quantri").get("/api/v1/notifications?dossierCode=" + code).json()
                .valueStream().toList();

        // Received and supplement requested are visible to the citizen; starting the processing is internal.
        assertThat(queued).hasSize(4);
        assertThat(queued.stream().map(n -> n.get("channel").asString())).containsOnly("EMAIL", "SMS");
        assertThat(queued.stream().map(n -> n.get("recipient").asString()))
                .contains("nhung@example.vn", "+84912345678");
    }

    private String receive(Api officer, String idNumber, String email) {
        Map<String, Object> request = new HashMap<>(
                DossierRequests.birthRegistration(officer, "000.00.52.H92", idNumber));
        if (email != null) {
            Map<String, Object> applicant = new HashMap<>((Map<String, Object>) request.get("applicant"));
            applicant.put("email", email);
            request.put("applicant", applicant);
        }
        Api.Answer answer = officer.post("/api/v1/dossiers", request);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("code").asString();
    }
}
