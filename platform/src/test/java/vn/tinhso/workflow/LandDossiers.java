package vn.tinhso.workflow;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.StartedProcesses;

/** Receives land-certificate dossiers (STG-DD-001, households) the way the counter officer's screen does. */
final class LandDossiers {

    static final String LAND = "STG-DD-001";

    private LandDossiers() {
    }

    /** Receives a dossier and waits for its process to start. */
    static String receive(Api officer, String idNumber) {
        String code = receiveOnly(officer, idNumber);
        StartedProcesses.await(officer, code);
        return code;
    }

    /** Receives a dossier; its process starts right after, on a worker thread. */
    static String receiveOnly(Api officer, String idNumber) {
        Api.Answer answer = officer.post("/api/v1/dossiers", request(officer, idNumber));
        if (answer.status() != 201) {
            throw new AssertionError("intake refused: " + answer);
        }
        return answer.json().get("code").asString();
    }

    /** The open step {@code stepKey} of a dossier's process, as the officer's API shows it. */
    static JsonNode openStep(Api officer, String code, String stepKey) {
        JsonNode process = officer.get("/api/v1/dossiers/" + code + "/process").json();
        return process.get("openSteps").valueStream().filter(task -> task.get("stepKey").asString().equals(stepKey))
                .findFirst().orElseThrow(() -> new AssertionError(stepKey + " is not open: " + process));
    }

    static String taskId(Api officer, String code, String stepKey) {
        return openStep(officer, code, stepKey).get("id").asString();
    }

    /** A dossier action ({@code request-supplement}, {@code payment-received}...) that must succeed. */
    static void act(Api officer, String code, String action, String reason) {
        Api.Answer answer = officer.post("/api/v1/dossiers/" + code + "/actions/" + action,
                reason == null ? Map.of() : Map.of("reason", reason));
        if (answer.status() != 200) {
            throw new AssertionError(action + ": " + answer);
        }
    }

    private static Map<String, Object> request(Api api, String idNumber) {
        JsonNode documents = api.get("/api/v1/procedures/" + LAND).json().get("definition").get("documents");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", LAND);
        request.put("caseId", "HO_GIA_DINH");
        request.put("agencyCode", "000.11.29.H55");
        request.put("channel", "COUNTER");
        request.put("applicant", Map.of("kind", "PERSON", "fullName", "Trần Văn Bình", "idNumber", idNumber,
                "address", "Phường Sóc Trăng", "phone", "0987654321"));
        request.put("delivery", "COUNTER");
        request.put("formData", Map.of("hoTen", "Trần Văn Bình", "soDinhDanh", idNumber,
                "diaChiThuongTru", "Phường 1, Sóc Trăng", "thuaDatSo", "120", "toBanDoSo", "15", "dienTich", 152.5,
                "mucDichSuDung", "Đất ở"));
        request.put("documents", documents.valueStream()
                .filter(d -> d.get("mandatory").asBoolean() && !d.get("toShow").asBoolean())
                .filter(d -> d.get("caseIds").isEmpty()
                        || d.get("caseIds").valueStream().anyMatch(c -> c.asString().equals("HO_GIA_DINH")))
                .map(d -> Map.<String, Object>of("documentId", d.get("id").asString(), "originals", 1, "copies", 0))
                .toList());
        return request;
    }
}
