package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Every API operation of the OpenAPI document, called as every role, on a dossier of the caller's own unit and of
 * another unit, over real HTTP: the outcome must be the one {@code authorization-matrix.csv} names. An operation
 * without a row fails the build, with the row to add.
 */
@PlatformIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIntegrationTest {

    static final String OWN_UNIT = "000.00.51.H92";
    // Not 000.00.53.H92: DossierIntakeIntegrationTest counts that agency's codes of the day from 1.
    static final String OTHER_UNIT = "000.00.52.H92";
    static final String CITIZEN_ID = "094195000001";
    static final String OTHER_PERSON = "094201003131";
    /** The order the roles run in: those that may complete tasks last, the administrator at the very end. */
    static final List<String> ORDER = List.of("ANONYMOUS", "CITIZEN", "CATALOG_ADMIN", "AUDITOR", "CLERK",
            "COUNTER_OFFICER", "SPECIALIST", "UNIT_LEADER", "AGENCY_LEADER", "SYSTEM_ADMIN");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    final AuthorizationMatrix matrix = AuthorizationMatrix.load();
    Map<String, String> own;
    Map<String, String> other;

    @BeforeAll
    void fixtures() {
        MatrixUsers.create(jdbc, CITIZEN_ID, OWN_UNIT);
        Api admin = Api.at(port).as("quantri");
        own = MatrixUsers.dossierWithResult(admin, OWN_UNIT, CITIZEN_ID);
        other = MatrixUsers.dossierWithResult(admin, OTHER_UNIT, OTHER_PERSON);
    }

    @Test
    void everyOperationOfTheOpenApiDocumentHasARuleAndEveryRuleAnOperation() {
        Set<String> documented = operations(Api.at(port).get("/v3/api-docs").json());
        Set<String> ruled = new TreeSet<>(matrix.rows().stream().map(AuthorizationMatrix.Row::operation).toList());

        List<String> missing = documented.stream().filter(op -> !ruled.contains(op)).toList();
        List<String> stale = ruled.stream().filter(op -> !documented.contains(op)).toList();

        assertThat(missing).as("API operations without an authorisation rule — add these rows to "
                + "platform/src/test/resources" + AuthorizationMatrix.FILE + " and decide each cell:%n%s",
                String.join("\n", missing.stream().map(matrix::template).toList())).isEmpty();
        assertThat(stale).as("rows of " + AuthorizationMatrix.FILE + " naming no API operation (renamed or removed?)")
                .isEmpty();
        assertThat(matrix.roles()).containsExactlyInAnyOrderElementsOf(ORDER);
    }

    @Test
    void everyRoleGetsExactlyWhatTheMatrixSaysOnItsOwnAndAnotherUnitsDossiers() {
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String role : ORDER) {
            Api caller = "ANONYMOUS".equals(role) ? Api.at(port) : Api.at(port).as(MatrixUsers.username(role));
            int column = matrix.roles().indexOf(role);
            for (AuthorizationMatrix.Row row : matrix.rows()) {
                AuthorizationMatrix.Rule rule = row.rules().get(column);
                calls++;
                check(wrong, caller, role, row, rule, own, true);
                if (row.scoped() || row.sample().contains("{")) {
                    calls++;
                    check(wrong, caller, role, row, rule, other, false);
                }
            }
        }
        assertThat(wrong).as("%d of %d calls disagree with %s:%n%s", wrong.size(), calls, AuthorizationMatrix.FILE,
                String.join("\n", wrong)).isEmpty();
    }

    private void check(List<String> wrong, Api caller, String role, AuthorizationMatrix.Row row,
            AuthorizationMatrix.Rule rule, Map<String, String> fixture, boolean ownSide) {
        String path = fill(row.sample(), fixture);
        Api.Answer answer = MatrixUsers.call(caller, row.method(), path, row.body(), fixture, port);
        boolean refused = answer.status() == 401 || answer.status() == 403;
        String code = refused && answer.contentType() != null && answer.contentType().contains("json")
                ? answer.json().path("code").asString("") : "";
        String side = ownSide ? "own" : "other";
        String expected;
        boolean ok;
        switch (rule) {
            case ALLOWED -> {
                expected = "allowed";
                ok = !refused;
            }
            case REFUSED -> {
                expected = "refused";
                ok = refused;
            }
            case OWN_ONLY -> {
                expected = ownSide ? "allowed" : "refused";
                ok = ownSide != refused;
            }
            default -> {
                expected = ownSide ? "refused: second-factor-required" : "refused";
                ok = refused && (!ownSide || "second-factor-required".equals(code));
            }
        }
        if (!ok) {
            wrong.add("%s %s as %s on the %s unit's fixture: expected %s, got %d %s (matrix line %d)".formatted(
                    row.method(), path, role, side, expected, answer.status(), code, row.line()));
        }
    }

    private static String fill(String sample, Map<String, String> fixture) {
        String path = sample;
        for (Map.Entry<String, String> entry : fixture.entrySet()) {
            path = path.replace("{" + entry.getKey() + "}", entry.getValue());
        }
        return path;
    }

    private static Set<String> operations(JsonNode openApi) {
        Set<String> operations = new TreeSet<>();
        openApi.get("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            if (Set.of("get", "post", "put", "delete", "patch").contains(method.getKey())) {
                operations.add(method.getKey().toUpperCase() + " " + path.getKey());
            }
        }));
        return operations;
    }

    static Map<String, String> fixture(String dossier, String result, String task, String agency, String applicant) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("dossier", dossier);
        values.put("result", result);
        values.put("task", task);
        values.put("agency", agency);
        values.put("applicant", applicant);
        return values;
    }
}
