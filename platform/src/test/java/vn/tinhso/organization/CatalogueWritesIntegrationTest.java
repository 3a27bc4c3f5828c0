package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Catalogue administrators change the catalogue; nothing is deleted, everything is audited. */
@PlatformIntegrationTest
class CatalogueWritesIntegrationTest {

    private static final String UNITS = "/api/v1/organization/units";
    private static final String AGENCIES = "/api/v1/organization/agencies";
    private static final String STAFF = "/api/v1/organization/staff";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Organizations organizations;

    @Test
    void writesNeedACatalogueOrSystemAdministrator() {
        Map<String, Object> unit = Map.of("code", "80", "name", "Tỉnh Thử", "level", "PROVINCE", "kind", "PROVINCE");
        Api api = Api.at(port);

        assertThat(api.post(UNITS, unit).status()).isEqualTo(401);
        assertThat(api.as("congdan").post(UNITS, unit).status()).isEqualTo(403);
        assertThat(api.as("motcua").post(UNITS, unit).status()).isEqualTo(403);
        assertThat(api.as("congdan").post(UNITS + "/import", "text/csv", "code\n".getBytes()).status())
                .isEqualTo(403);
        assertThat(api.as("quantri").post(UNITS, unit).status()).isEqualTo(201);
    }

    @Test
    void staffAreNotPublic() {
        Api api = Api.at(port);

        assertThat(api.get(STAFF).status()).isEqualTo(401);
        assertThat(api.as("congdan").get(STAFF + "/CB-0003").status()).isEqualTo(403);
        assertThat(api.get(STAFF + "/export").status()).isEqualTo(401);
        assertThat(api.as("danhmuc").get(STAFF + "/CB-0003").json().get("username").asString()).isEqualTo("motcua");
    }

    @Test
    void theDemoSignInsAreLinkedToStaffMembers() {
        LocalDate today = LocalDate.of(2026, 1, 15);

        assertThat(organizations.staffByUsername("motcua", today)).get()
                .satisfies(member -> assertThat(member.roles()).containsExactly("COUNTER_OFFICER"));
        assertThat(organizations.staffByUsername("danhmuc", today)).get()
                .satisfies(member -> assertThat(member.roles()).containsExactly("CATALOG_ADMIN"));
        assertThat(organizations.staffInRole(AgencyCode.of("000.01.01.H92"), "COUNTER_OFFICER", today)).hasSize(3);
    }

    @Test
    void anAgencyIsCreatedUpdatedAndClosedWithAnAuditRowEach() {
        Api admin = Api.at(port).as("danhmuc");
        Map<String, Object> agency = Map.of("code", "000.00.60.H92", "name", "Sở Thử nghiệm",
                "kind", "DEPARTMENT", "parentCode", "000.00.00.H92", "unitCode", "92", "validFrom", "2025-07-01",
                "contact", Map.of("email", "thu@tinhso.invalid"));

        Api.Answer created = admin.post(AGENCIES, agency);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("contact").get("email").asString()).isEqualTo("thu@tinhso.invalid");
        assertThat(admin.post(AGENCIES, agency).json().get("code").asString()).isEqualTo("duplicate-agency-code");

        Map<String, Object> renamed = new java.util.HashMap<>(agency);
        renamed.put("name", "Sở Thử nghiệm và Đổi tên");
        assertThat(admin.put(AGENCIES + "/000.00.60.H92", renamed).json().get("name").asString())
                .isEqualTo("Sở Thử nghiệm và Đổi tên");

        Api.Answer closed = admin.post(AGENCIES + "/000.00.60.H92/close?validTo=2026-03-31&successor=000.00.06.H92",
                "");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.json().get("successors").get(0).asString()).isEqualTo("000.00.06.H92");
        assertThat(admin.post(AGENCIES + "/000.00.60.H92/close?validTo=2026-04-30", "").json().get("code")
                .asString()).isEqualTo("validity-already-closed");
        assertThat(Api.at(port).get(AGENCIES + "/000.00.60.H92?at=2026-04-01").status()).isEqualTo(404);

        assertThat(auditActions("Agency", "000.00.60.H92")).containsExactly("organization.agency.created",
                "organization.agency.updated", "organization.agency.closed");
    }

    @Test
    void closingNeedsAKnownSuccessorAndAnEndAfterTheStart() {
        Api admin = Api.at(port).as("danhmuc");

        Api.Answer answer = admin.post(UNITS + "/92001/close?validTo=2025-01-01&successor=12345", "");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("record-invalid");
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("reason").asString())
                .containsExactly("period-inverted", "unknown-successor");
        assertThat(Api.at(port).get(UNITS + "/92001").json().has("validTo")).isFalse();
    }

    @Test
    void anInvalidRecordNamesItsFields() {
        Api.Answer answer = Api.at(port).as("danhmuc").post(UNITS,
                Map.of("code", "9", "name", " ", "level", "DISTRICT", "kind", "WARD"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("column").asString())
                .contains("code", "name");
    }

    @Test
    void aStaffMemberWhoLeavesIsClosedNotDeleted() {
        Api admin = Api.at(port).as("danhmuc");
        Api.Answer created = admin.post(STAFF, Map.of("fullName", "Nguyễn Thị Tạm", "agencyCode", "000.00.51.H92",
                "position", "Chuyên viên", "roles", List.of("SPECIALIST"), "activeFrom", "2025-07-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        admin.post(STAFF + "/" + id + "/close?activeTo=2026-01-31", "");

        JsonNode member = admin.get(STAFF + "/" + id).json();
        assertThat(member.get("activeTo").asString()).isEqualTo("2026-01-31");
        // "tam" finds both Tạm and the ward chairman Tâm, but Tạm only while she worked there.
        assertThat(names(admin.get(STAFF + "?agency=000.00.51.H92&at=2026-02-01&q=tam")))
                .containsExactly("Đỗ Văn Tâm");
        assertThat(names(admin.get(STAFF + "?agency=000.00.51.H92&all=true&q=tam")))
                .containsExactlyInAnyOrder("Đỗ Văn Tâm", "Nguyễn Thị Tạm");
        assertThat(auditActions("StaffMember", id)).containsExactly("organization.staff.created",
                "organization.staff.closed");
    }

    private static List<String> names(Api.Answer answer) {
        return answer.json().get("items").values().stream().map(item -> item.get("fullName").asString()).toList();
    }

    private List<String> auditActions(String type, String id) {
        return jdbc.sql("select action from audit_log where object_type = ? and object_id = ? order by seq")
                .params(type, id).query(String.class).list();
    }
}
