package vn.tinhso.identity;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.StartedProcesses;

/** The matrix's test users (one role each, staff working for one unit) and its fixtures, made over the API. */
final class MatrixUsers {

    static final String BIRTH = "1.001193";

    private MatrixUsers() {
    }

    static String username(String role) {
        return "m-" + role.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** One account per role with the demo password; staff assigned to {@code unit}; a citizen; one to disable. */
    static void create(JdbcClient jdbc, String citizenId, String unit) {
        for (String role : List.of("CITIZEN", "COUNTER_OFFICER", "SPECIALIST", "UNIT_LEADER", "AGENCY_LEADER",
                "CLERK", "CATALOG_ADMIN", "SYSTEM_ADMIN", "AUDITOR")) {
            String kind = "CITIZEN".equals(role) ? "CITIZEN" : "STAFF";
            jdbc.sql("""
                    insert into account (username, password_hash, display_name, roles, kind, personal_id,
                                         assurance_level, assurance_method)
                    select ?, password_hash, ?, ?, ?, ?, 'AS_3', 'VERIFIED_ONLINE' from account where username = 'quantri'
                    on conflict do nothing""")
                    .params(username(role), "Matrix " + role, new String[] {role}, kind,
                            "CITIZEN".equals(role) ? citizenId : null)
                    .update();
            if ("STAFF".equals(kind) && !role.endsWith("ADMIN") && !"AUDITOR".equals(role)) {
                jdbc.sql("insert into staff_assignment (username, agency_code) values (?, ?) on conflict do nothing")
                        .params(username(role), unit).update();
            }
        }
        jdbc.sql("""
                insert into account (username, password_hash, display_name, roles)
                select 'm-leaver', password_hash, 'Matrix leaver', '{SPECIALIST}' from account where username = 'quantri'
                on conflict do nothing""").update();
    }

    /** A birth registration at {@code unit} for {@code applicant}, in progress, with one result and its open task. */
    static Map<String, String> dossierWithResult(Api admin, String unit, String applicant) {
        Api.Answer received = admin.post("/api/v1/dossiers", intake(admin, unit, applicant));
        if (received.status() != 201) {
            throw new IllegalStateException("Fixture dossier refused: " + received);
        }
        String code = received.json().get("code").asString();
        StartedProcesses.await(admin, code);
        admin.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", Map.of());
        String file = admin.with("X-File-Name", "ket-qua.pdf").post("/api/v1/files", "application/octet-stream",
                "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)).json().get("id").asString();
        Api.Answer result = admin.post("/api/v1/dossiers/" + code + "/results",
                Map.of("name", "Trích lục khai sinh", "fileId", file));
        if (result.status() != 201) {
            throw new IllegalStateException("Fixture result refused: " + result);
        }
        Api.Answer process = admin.get("/api/v1/dossiers/" + code + "/process");
        String task = process.status() == 200 && !process.json().get("openSteps").isEmpty()
                ? process.json().get("openSteps").get(0).get("id").asString() : "no-task-" + code;
        return AuthorizationMatrixIntegrationTest.fixture(code, result.json().get("code").asString(), task, unit,
                applicant);
    }

    static Map<String, Object> intake(Api api, String unit, String applicant) {
        JsonNode documents = api.get("/api/v1/procedures/" + BIRTH).json().get("definition").get("documents");
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("procedureCode", BIRTH);
        request.put("agencyCode", unit);
        request.put("channel", "ONLINE");
        request.put("applicant", Map.of("kind", "PERSON", "fullName", "Nguyễn Thị Ma Trận", "idNumber", applicant,
                "address", "Phường Sóc Trăng", "phone", "0912345678"));
        request.put("delivery", "ONLINE");
        request.put("documents", documents.valueStream()
                .filter(d -> d.get("mandatory").asBoolean() && !d.get("toShow").asBoolean())
                .filter(d -> d.get("caseIds").isEmpty())
                .map(d -> Map.<String, Object>of("documentId", d.get("id").asString(), "originals", 1, "copies", 0))
                .toList());
        return request;
    }

    /** Sends the matrix's sample request. */
    static Api.Answer call(Api caller, String method, String path, String body, Map<String, String> fixture,
            int port) {
        return switch (method) {
            case "GET" -> caller.get(path);
            case "DELETE" -> caller.delete(path);
            case "PUT" -> caller.put(path, Map.of());
            case "POST" -> switch (body) {
                case "intake" -> caller.post(path, intake(Api.at(port), fixture.get("agency"),
                        fixture.get("applicant")));
                case "csv" -> caller.post(path, "text/csv", new byte[0]);
                case "xml" -> caller.post(path, "application/xml", new byte[0]);
                default -> caller.post(path, Map.of());
            };
            default -> throw new IllegalStateException("No sample for method " + method);
        };
    }
}
