package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Intake at the one-stop counter: codes, the completeness check, the e-form and the appointment. */
@PlatformIntegrationTest
@SuppressWarnings("unchecked")
class DossierIntakeIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aCompleteBirthRegistrationGetsACodeOfTheAgencyAndDayAndAnAppointment() {
        Api officer = Api.at(port).as("motcua");
        Api.Answer answer = officer.post("/api/v1/dossiers",
                DossierRequests.birthRegistration(officer, "000.00.51.H92", "094201001111"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode receipt = answer.json();
        assertThat(receipt.get("code").asString()).matches("000\\.00\\.51\\.H92-\\d{6}-\\d{4}");
        assertThat(receipt.get("status").asString()).isEqualTo("RECEIVED");
        assertThat(Instant.parse(receipt.get("dueAt").asString()))
                .isAfter(Instant.parse(receipt.get("receivedAt").asString()));
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'Dossier' and object_id = ?")
                .param(receipt.get("code").asString()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aScanUploadedFirstIsAttachedAndAnUnknownFileIsRefused() {
        Api officer = Api.at(port).as("motcua");
        byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes();
        Api.Answer uploaded = officer.with("X-File-Name", "giay-chung-sinh.pdf")
                .post("/api/v1/files", "application/octet-stream", pdf);
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        String fileId = uploaded.json().get("id").asString();

        Map<String, Object> request = new java.util.HashMap<>(
                DossierRequests.birthRegistration(officer, "000.00.51.H92", "094201001515"));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : (List<?>) request.get("documents")) {
            Map<String, Object> withFile = new java.util.HashMap<>((Map<String, Object>) document);
            withFile.put("fileId", fileId);
            documents.add(withFile);
        }
        request.put("documents", documents);
        String code = officer.post("/api/v1/dossiers", request).json().get("code").asString();
        assertThat(officer.get("/api/v1/dossiers/" + code).json().get("documents").get(0).get("fileId").asString())
                .isEqualTo(fileId);

        documents.getFirst().put("fileId", java.util.UUID.randomUUID().toString());
        Api.Answer unknown = officer.post("/api/v1/dossiers", request);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().get("code").asString()).isEqualTo("file-not-found");
    }

    @Test
    void twoHundredParallelIntakesAtOneAgencyGetTwoHundredConsecutiveCodes() throws Exception {
        Api officer = Api.at(port).as("motcua");
        Map<String, Object> request = DossierRequests.birthRegistration(officer, "000.00.53.H92", "094201002222");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Callable<Api.Answer>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            calls.add(() -> officer.post("/api/v1/dossiers", request));
        }
        List<String> codes = new ArrayList<>();
        for (Future<Api.Answer> answer : pool.invokeAll(calls)) {
            assertThat(answer.get().status()).as(answer.get().toString()).isEqualTo(201);
            codes.add(answer.get().json().get("code").asString());
        }
        pool.shutdown();

        List<Integer> sequence = codes.stream().map(code -> Integer.parseInt(code.substring(code.length() - 4)))
                .sorted().toList();
        assertThat(codes).doesNotHaveDuplicates();
        assertThat(sequence.getFirst()).isEqualTo(1);
        assertThat(sequence.getLast()).isEqualTo(200);
    }

    @Test
    void aDossierMissingMandatoryDocumentsIsNotReceivedAndEveryMissingOneIsNamed() {
        Api officer = Api.at(port).as("motcua");
        Map<String, Object> request = new java.util.HashMap<>(
                DossierRequests.birthRegistration(officer, "000.00.51.H92", "094201003333"));
        request.put("documents", List.of());

        Api.Answer answer = officer.post("/api/v1/dossiers", request);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("dossier-incomplete");
        assertThat(answer.json().get("missingDocuments").valueStream().map(JsonNode::asString))
                .anyMatch(name -> name.contains("Giấy chứng sinh"));
    }

    @Test
    void everyHandedInDocumentIsKeptWithItsNameAndCounts() {
        Api officer = Api.at(port).as("motcua");
        Map<String, Object> request = DossierRequests.landCertificate(officer, "094201004445",
                DossierRequests.validLandForm("094201004445"));
        List<Map<String, Object>> documents = new ArrayList<>();
        for (Object document : (List<?>) request.get("documents")) {
            Map<String, Object> counted = new java.util.HashMap<>((Map<String, Object>) document);
            counted.put("originals", documents.size() + 1);
            counted.put("copies", documents.size() % 2);
            documents.add(counted);
        }
        request.put("documents", documents);

        Api.Answer answer = officer.post("/api/v1/dossiers", request);

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(documents).hasSizeGreaterThan(2);
        JsonNode kept = officer.get("/api/v1/dossiers/" + answer.json().get("code").asString()).json()
                .get("documents");
        assertThat(kept.valueStream().map(d -> d.get("documentId").asString() + " " + d.get("originals").asInt()
                + "+" + d.get("copies").asInt())).containsExactlyInAnyOrderElementsOf(documents.stream()
                .map(d -> d.get("documentId") + " " + d.get("originals") + "+" + d.get("copies")).toList());
        assertThat(kept.valueStream().map(d -> d.get("name").asString())).allMatch(name -> !name.isBlank())
                .doesNotHaveDuplicates();
    }

    @Test
    void theEFormIsCheckedOnIntake() {
        Api officer = Api.at(port).as("motcua");
        Map<String, Object> form = new java.util.HashMap<>(DossierRequests.validLandForm("094201004444"));
        form.put("soDinhDanh", "123");
        Api.Answer answer = officer.post("/api/v1/dossiers",
                DossierRequests.landCertificate(officer, "094201004444", form));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("dossier-form-invalid");
        assertThat(answer.json().get("errors").get(0).get("messageVi").asString())
                .isEqualTo("Số định danh cá nhân không đúng định dạng.");
    }

    @Test
    void anAgencyThatDoesNotImplementTheProcedureCannotReceiveIt() {
        Api officer = Api.at(port).as("motcua");
        Api.Answer answer = officer.post("/api/v1/dossiers",
                DossierRequests.birthRegistration(officer, "000.00.11.H55", "094201005555"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("procedure-not-offered-by-agency");
    }

    @Test
    void aBadIdentificationNumberIsRefused() {
        Api officer = Api.at(port).as("motcua");
        Api.Answer answer = officer.post("/api/v1/dossiers",
                DossierRequests.birthRegistration(officer, "000.00.51.H92", "12AB"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isIn("applicant-invalid", "unreadable-body");
    }

    @Test
    void onlyStaffAndApplicantsMayReceiveAndOnlyStaffMayAct() {
        Api api = Api.at(port);
        Map<String, Object> request = DossierRequests.birthRegistration(api, "000.00.51.H92", "094201006666");
        assertThat(api.post("/api/v1/dossiers", request).status()).isEqualTo(401);
        assertThat(api.as("kiemtra").post("/api/v1/dossiers", request).status()).isEqualTo(403);
        String code = api.as("congdan").post("/api/v1/dossiers", request).json().get("code").asString();
        assertThat(api.as("congdan").post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", "").status())
                .isEqualTo(403);
    }
}
