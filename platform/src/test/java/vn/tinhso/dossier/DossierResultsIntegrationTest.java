package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** The result goes to the applicant's result store, is reused by the next dossier, and the service is rated. */
@PlatformIntegrationTest
@SuppressWarnings("unchecked")
class DossierResultsIntegrationTest {

    private static final String APPLICANT = "094201002121";

    @LocalServerPort
    int port;

    @Test
    void aResultIsStoredReusedOnceProvidedAndTheServiceRatedOnce() {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, APPLICANT, List.of());
        officer.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", Map.of());
        String file = officer.with("X-File-Name", "trich-luc-khai-sinh.pdf").post("/api/v1/files",
                "application/octet-stream", "%PDF-1.4\n%%EOF\n".getBytes()).json().get("id").asString();

        Api.Answer attached = officer.post("/api/v1/dossiers/" + code + "/results",
                Map.of("name", "Trích lục khai sinh", "fileId", file));
        assertThat(attached.status()).as(attached.toString()).isEqualTo(201);
        assertThat(attached.json().get("code").asString()).isEqualTo(code + "-KQ1");

        officer.post("/api/v1/dossiers/" + code + "/actions/RESULT_READY", Map.of());
        Api citizen = Api.at(port);
        Map<String, Object> rating = Map.of("score", 5, "criteria", Map.of("dungHen", 5, "thaiDo", 4),
                "comment", "Cán bộ hướng dẫn tận tình");
        assertThat(citizen.post(ratingPath(code, APPLICANT), rating).status()).as("not returned yet").isEqualTo(409);
        officer.post("/api/v1/dossiers/" + code + "/actions/RETURN_RESULT", Map.of());
        assertThat(citizen.post(ratingPath(code, "094201009999"), rating).status()).isEqualTo(404);
        assertThat(citizen.post(ratingPath(code, APPLICANT), rating).status()).isEqualTo(204);
        Api.Answer twice = citizen.post(ratingPath(code, APPLICANT), rating);
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("code").asString()).isEqualTo("dossier-rating-not-allowed");

        JsonNode store = officer.get("/api/v1/results?idNumber=" + APPLICANT).json();
        assertThat(store.valueStream().map(r -> r.get("code").asString())).contains(code + "-KQ1");

        List<Map<String, Object>> reuse = List.of(Map.of("documentId", "TP8", "originals", 0, "copies", 0,
                "resultCode", code + "-KQ1"));
        String next = receive(officer, APPLICANT, reuse);
        JsonNode document = officer.get("/api/v1/dossiers/" + next).json().get("documents").valueStream()
                .filter(d -> "TP8".equals(d.get("documentId").asString())).findFirst().orElseThrow();
        assertThat(document.get("resultCode").asString()).isEqualTo(code + "-KQ1");
        assertThat(document.get("fileId").asString()).isEqualTo(file);

        Api.Answer someoneElse = officer.post("/api/v1/dossiers",
                request(officer, "094201002222", reuse));
        assertThat(someoneElse.status()).isEqualTo(400);
        assertThat(someoneElse.json().get("code").asString()).isEqualTo("dossier-result-not-reusable");
    }

    private static String ratingPath(String code, String idNumber) {
        return "/api/v1/public/dossiers/" + code + "/rating?idNumber=" + idNumber;
    }

    private String receive(Api officer, String idNumber, List<Map<String, Object>> extra) {
        Api.Answer answer = officer.post("/api/v1/dossiers", request(officer, idNumber, extra));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("code").asString();
    }

    private static Map<String, Object> request(Api officer, String idNumber, List<Map<String, Object>> extra) {
        Map<String, Object> request = new HashMap<>(
                DossierRequests.birthRegistration(officer, "000.00.52.H92", idNumber));
        List<Map<String, Object>> documents = new ArrayList<>((List<Map<String, Object>>) request.get("documents"));
        documents.addAll(extra);
        request.put("documents", documents);
        return request;
    }
}
