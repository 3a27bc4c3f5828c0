package vn.tinhso.dossier;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;

/** Builds intake requests the way a counter officer's screen would, from the procedure as published. */
final class DossierRequests {

    static final String BIRTH = "1.001193";
    static final String LAND = "STG-DD-001";

    private DossierRequests() {
    }

    /** Every document the procedure's case makes mandatory to hand in, one original each. */
    static List<Map<String, Object>> mandatoryDocuments(Api api, String procedure, String caseId) {
        JsonNode documents = api.get("/api/v1/procedures/" + procedure).json().get("definition").get("documents");
        return documents.valueStream()
                .filter(d -> d.get("mandatory").asBoolean() && !d.get("toShow").asBoolean())
                .filter(d -> caseId == null || d.get("caseIds").isEmpty()
                        || d.get("caseIds").valueStream().anyMatch(c -> c.asString().equals(caseId)))
                .map(d -> Map.<String, Object>of("documentId", d.get("id").asString(), "originals", 1, "copies", 0))
                .toList();
    }

    static Map<String, Object> birthRegistration(Api api, String agency, String idNumber) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", BIRTH);
        request.put("agencyCode", agency);
        request.put("channel", "COUNTER");
        request.put("applicant", applicant("Nguyễn Thị Hồng Nhung", idNumber, "0912345678"));
        request.put("delivery", "COUNTER");
        request.put("documents", mandatoryDocuments(api, BIRTH, null));
        return request;
    }

    static Map<String, Object> landCertificate(Api api, String idNumber, Map<String, Object> form) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", LAND);
        request.put("caseId", "HO_GIA_DINH");
        request.put("agencyCode", "000.11.29.H55");
        request.put("channel", "COUNTER");
        request.put("applicant", applicant("Trần Văn Bình", idNumber, "0987654321"));
        request.put("delivery", "COUNTER");
        request.put("formData", form);
        request.put("documents", mandatoryDocuments(api, LAND, "HO_GIA_DINH"));
        return request;
    }

    static Map<String, Object> validLandForm(String idNumber) {
        return Map.of("hoTen", "Trần Văn Bình", "soDinhDanh", idNumber, "diaChiThuongTru", "Phường 1, Sóc Trăng",
                "thuaDatSo", "120", "toBanDoSo", "15", "dienTich", 152.5, "mucDichSuDung", "Đất ở");
    }

    static Map<String, Object> applicant(String name, String idNumber, String phone) {
        return Map.of("kind", "PERSON", "fullName", name, "idNumber", idNumber, "address", "Phường Sóc Trăng",
                "phone", phone);
    }
}
