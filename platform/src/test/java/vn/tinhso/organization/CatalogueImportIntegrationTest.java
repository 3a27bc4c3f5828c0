package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** CSV and JSON import: all rows or none, every bad cell reported, an audit row per changed record. */
@PlatformIntegrationTest
class CatalogueImportIntegrationTest {

    private static final String UNITS = "/api/v1/organization/units";
    private static final String CSV = "text/csv";
    private static final String HEADER = "code,name,level,kind,parentCode,validFrom,validTo,successors,note\n";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anImportWithTwoBadRowsReportsBothAndImportsNothing() {
        String csv = HEADER
                + "93,Tỉnh Hậu Giang,PROVINCE,PROVINCE,,,2025-06-30,92,\n"
                + "931,Thành phố Vị Thanh,DISTRICT,PROVINCIAL_CITY,939,,2025-06-30,,\n"
                + "932,Thành phố Ngã Bảy,DISTRICT,PROVINCIAL_CITY,93,,30/06/2025,,\n";

        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", CSV, bytes(csv));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("import-rejected");
        List<JsonNode> errors = answer.json().get("errors").values().stream().toList();
        assertThat(errors).extracting(error -> error.get("row").asInt(), error -> error.get("column").asString(),
                        error -> error.get("reason").asString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "parentCode", "unknown-parent"),
                        org.assertj.core.groups.Tuple.tuple(3, "validTo", "malformed-date"));
        assertThat(errors.getFirst().get("message").asString()).contains("cấp trên");
        assertThat(Api.at(port).get(UNITS + "/93").status()).isEqualTo(404);
    }

    @Test
    void aGoodImportCreatesTheRowsAndAnAuditEntryForEach() {
        String csv = "\uFEFF" + HEADER
                + "89,Tỉnh An Giang,PROVINCE,PROVINCE,,,,,Kiểm thử\n"
                + "89001,\"Phường Long Xuyên, demo\",COMMUNE,WARD,89,2025-07-01,,,Kiểm thử\n";

        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", CSV, bytes(csv));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(2);
        assertThat(Api.at(port).get(UNITS + "/89001").json().get("name").asString())
                .isEqualTo("Phường Long Xuyên, demo");
        assertThat(auditRows("89001")).containsExactly("organization.unit.created");
        assertThat(auditRows("89")).containsExactly("organization.unit.created");

        Api.Answer again = catalogueAdmin().post(UNITS + "/import", CSV, bytes(csv));
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(2);
        assertThat(auditRows("89001")).hasSize(1);
    }

    @Test
    void aChangedRowIsUpdatedWithItsBeforeAndAfterState() {
        catalogueAdmin().post(UNITS + "/import", CSV, bytes(HEADER + "87,Tỉnh Đồng Tháp,PROVINCE,PROVINCE,,,,,\n"));

        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", CSV,
                bytes(HEADER + "87,Tỉnh Đồng Tháp,PROVINCE,PROVINCE,,,,,Đã sửa ghi chú\n"));

        assertThat(answer.json().get("updated").asInt()).isEqualTo(1);
        assertThat(auditRows("87")).containsExactly("organization.unit.created", "organization.unit.updated");
        String before = jdbc.sql("""
                select before_state::text from audit_log
                where object_type = 'AdministrativeUnit' and object_id = '87' and action like '%updated'""")
                .query(String.class).single();
        assertThat(before).contains("Tỉnh Đồng Tháp").doesNotContain("Đã sửa");
    }

    @Test
    void aCommuneMaySitDirectlyUnderAProvinceOnlySinceTwoLevelGovernment() {
        String csv = HEADER + "85,Tỉnh Thử,PROVINCE,PROVINCE,,,,,\n"
                + "85001,Xã Trước,COMMUNE,COMMUNE,85,2024-01-01,,,\n"
                + "85002,Xã Sau,COMMUNE,COMMUNE,85,2025-07-01,,,\n";

        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", CSV, bytes(csv));

        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("row").asInt() + ":"
                + error.get("reason").asString()).containsExactly("2:parent-level-mismatch");
    }

    @Test
    void aJsonArrayImportsLikeCsv() {
        String json = """
                [{"code": "86", "name": "Tỉnh Vĩnh Long", "level": "PROVINCE", "kind": "PROVINCE"},
                 {"code": "86001", "name": "Phường Thanh Đức", "level": "COMMUNE", "kind": "WARD",
                  "parentCode": "86", "validFrom": "2025-07-01", "successors": []}]""";

        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", "application/json", bytes(json));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("created").asInt()).isEqualTo(2);
    }

    @Test
    void exportedUnitsAgenciesAndStaffImportBackUnchanged() {
        for (String kind : List.of("units", "agencies", "staff")) {
            for (String format : List.of("csv", "json")) {
                String base = "/api/v1/organization/" + kind;
                Api.Answer exported = catalogueAdmin().get(base + "/export?format=" + format);
                assertThat(exported.status()).as(exported.toString()).isEqualTo(200);

                String type = format.equals("csv") ? CSV : "application/json";
                Api.Answer imported = catalogueAdmin().post(base + "/import", type, exported.bytes());

                assertThat(imported.status()).as(kind + " " + format + ": " + imported).isEqualTo(200);
                assertThat(imported.json().get("created").asInt()).as(kind + " " + format).isZero();
                assertThat(imported.json().get("updated").asInt()).as(kind + " " + format).isZero();
                assertThat(imported.json().get("unchanged").asInt()).isPositive();
                assertThat(catalogueAdmin().get(base + "/export?format=" + format).text())
                        .isEqualTo(exported.text());
            }
        }
    }

    @Test
    void theCsvExportOpensInSpreadsheetsWithVietnameseIntact() {
        Api.Answer exported = Api.at(port).get("/api/v1/organization/agencies/export?format=csv");

        assertThat(exported.contentType()).startsWith("text/csv");
        assertThat(exported.header("Content-Disposition")).contains("agencies.csv");
        assertThat(exported.text()).startsWith("\uFEFFcode,name,shortName,kind")
                .contains("000.00.11.H55,Sở Tài nguyên và Môi trường");
    }

    @Test
    void aCsvWithoutTheKeyColumnIsRejectedAsAWhole() {
        Api.Answer answer = catalogueAdmin().post(UNITS + "/import", CSV, bytes("name,level\nX,PROVINCE\n"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").get(0).get("row").asInt()).isZero();
        assertThat(answer.json().get("errors").get(0).get("reason").asString()).isEqualTo("missing-column");
    }

    @Test
    void staffRowsAreCheckedAgainstAgenciesRolesAndAccounts() {
        String csv = "id,fullName,agencyCode,position,roles,username\n"
                + "CB-T01,Nguyễn Văn Thử,000.00.04.H92,Chuyên viên,SPECIALIST;MAGICIAN,\n"
                + "CB-T02,Trần Thị Thử,000.00.99.H92,Chuyên viên,SPECIALIST,motcua\n";

        Api.Answer answer = catalogueAdmin().post("/api/v1/organization/staff/import", CSV, bytes(csv));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("errors").values()).extracting(error -> error.get("row").asInt() + ":"
                + error.get("column").asString() + ":" + error.get("reason").asString())
                .containsExactly("1:roles:unknown-role", "2:agencyCode:unknown-agency", "2:username:username-taken");
    }

    private List<String> auditRows(String code) {
        return jdbc.sql("select action from audit_log where object_type = 'AdministrativeUnit' and object_id = ? "
                + "order by seq").param(code).query(String.class).list();
    }

    private Api catalogueAdmin() {
        return Api.at(port).as("danhmuc");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
