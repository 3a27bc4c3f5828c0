package vn.tinhso.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** The catalogue administrator's work: versions, Excel import and export, e-forms, and who may do it. */
@PlatformIntegrationTest
class ProcedureAdministrationIntegrationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void publishingAChangeCreatesANewVersionAndKeepsTheOldOne() {
        Api admin = Api.at(port).as("danhmuc");
        JsonNode current = admin.get("/api/v1/procedures/1.004194").json();
        int version = current.get("version").asInt();
        JsonNode definition = current.get("definition");
        ((tools.jackson.databind.node.ObjectNode) definition).put("conditions", "Điều kiện mới (thử nghiệm)");

        Api.Answer draft = admin.post("/api/v1/admin/procedures", definition);
        assertThat(draft.status()).as(draft.toString()).isEqualTo(201);
        assertThat(draft.json().get("version").asInt()).isEqualTo(version + 1);
        assertThat(draft.json().get("status").asString()).isEqualTo("DRAFT");
        // Citizens still see the version in force until the draft is published.
        assertThat(admin.get("/api/v1/procedures/1.004194").json().get("version").asInt()).isEqualTo(version);

        Api.Answer published = admin.post("/api/v1/admin/procedures/1.004194/publish", "");
        assertThat(published.status()).isEqualTo(200);
        assertThat(admin.get("/api/v1/procedures/1.004194").json().get("definition").get("conditions").asString())
                .isEqualTo("Điều kiện mới (thử nghiệm)");
        JsonNode old = admin.get("/api/v1/procedures/1.004194/versions/" + version).json();
        assertThat(old.get("status").asString()).isEqualTo("SUPERSEDED");
        assertThat(auditActions("1.004194")).contains("catalog.procedure.draft-saved", "catalog.procedure.published");
    }

    @Test
    void publishingWithoutADraftIsAConflict() {
        Api.Answer answer = Api.at(port).as("danhmuc").post("/api/v1/admin/procedures/1.001193/publish", "");
        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.json().get("code").asString()).isEqualTo("procedure-not-in-status");
    }

    @Test
    void anExportedWorkbookImportsBackUnchanged() {
        Api admin = Api.at(port).as("danhmuc");
        Api.Answer exported = admin.get("/api/v1/admin/procedures/export.xlsx");
        assertThat(exported.status()).isEqualTo(200);
        assertThat(exported.contentType()).isEqualTo(XLSX);
        long versionsBefore = versions();

        Api.Answer imported = admin.post("/api/v1/admin/procedures/import", XLSX, exported.bytes());

        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        assertThat(imported.json().get("received").asInt()).isGreaterThanOrEqualTo(25);
        assertThat(imported.json().get("saved").asInt()).isZero();
        assertThat(versions()).isEqualTo(versionsBefore);
    }

    @Test
    void aWorkbookWithBadRowsReportsEveryOneAndImportsNothing() throws Exception {
        Api admin = Api.at(port).as("danhmuc");
        byte[] workbook = admin.get("/api/v1/admin/procedures/export.xlsx").bytes();
        byte[] broken = edit(workbook, book -> {
            XSSFSheet procedures = book.getSheet("ThuTuc");
            procedures.getRow(2).getCell(0).setCellValue("mã sai");           // row 3: malformed code
            procedures.getRow(4).getCell(4).setCellValue("Cấp thôn");         // row 5: unknown level
            book.getSheet("ThoiHan").getRow(1).getCell(1).setCellValue("-3"); // row 2: negative time limit
            procedures.getRow(6).getCell(0).setCellValue("9.000001");
            procedures.getRow(6).getCell(1).setCellValue("Thủ tục mới sẽ không được nhập");
        });
        long versionsBefore = versions();

        Api.Answer answer = admin.post("/api/v1/admin/procedures/import", XLSX, broken);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("procedure-definition-invalid");
        List<Map<String, Object>> errors = answer.json().get("errors").valueStream()
                .map(e -> Map.<String, Object>of("sheet", e.get("sheet").asString(), "row", e.get("row").asInt(),
                        "column", e.get("column").asString())).toList();
        assertThat(errors).contains(
                Map.of("sheet", "ThuTuc", "row", 5, "column", "Cấp thực hiện"),
                Map.of("sheet", "ThoiHan", "row", 2, "column", "Thời hạn"));
        assertThat(errors).anyMatch(e -> e.get("row").equals(3) && e.get("column").equals("code")
                || e.get("row").equals(3) && e.get("column").equals("Mã thủ tục")
                || e.get("sheet").equals("ThuTuc") && e.get("row").equals(3));
        assertThat(versions()).isEqualTo(versionsBefore);
        assertThat(Api.at(port).get("/api/v1/procedures/9.000001").status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAWorkbookOrTooLargeIsRefused() {
        Api admin = Api.at(port).as("danhmuc");
        Api.Answer text = admin.post("/api/v1/admin/procedures/import", XLSX, "mã,tên\n1,2".getBytes());
        assertThat(text.status()).isEqualTo(415);
        assertThat(text.json().get("code").asString()).isEqualTo("import-not-xlsx");

        Api.Answer fakeZip = admin.post("/api/v1/admin/procedures/import", XLSX, new byte[] {'P', 'K', 3, 4, 0, 0});
        assertThat(fakeZip.json().get("code").asString()).isEqualTo("import-not-xlsx");

        byte[] huge = new byte[11 * 1024 * 1024];
        huge[0] = 'P';
        huge[1] = 'K';
        Api.Answer tooLarge = admin.post("/api/v1/admin/procedures/import", XLSX, huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.json().get("code").asString()).isEqualTo("import-too-large");
    }

    @Test
    void theEFormChecksEnteredDataAndNamesEveryProblemInVietnamese() {
        Api api = Api.at(port);
        JsonNode schema = api.get("/api/v1/procedures/STG-DD-001/form-schema").json();
        assertThat(schema.get("required").valueStream().map(JsonNode::asString)).contains("hoTen", "soDinhDanh");

        Api.Answer bad = api.post("/api/v1/procedures/STG-DD-001/versions/1/form-check",
                Map.of("hoTen", "Nguyễn Văn An", "soDinhDanh", "12345", "mucDichSuDung", "Đất lạ"));
        JsonNode errors = bad.json().get("errors");
        assertThat(bad.json().get("valid").asBoolean()).isFalse();
        assertThat(errors.valueStream().map(e -> e.get("messageVi").asString())).contains(
                "Số định danh cá nhân không đúng định dạng.", "Chưa nhập Địa chỉ thường trú.",
                "Chưa nhập Thửa đất số.");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).contains("mucDichSuDung", "dienTich");

        Api.Answer good = api.post("/api/v1/procedures/STG-DD-001/versions/1/form-check", Map.of(
                "hoTen", "Nguyễn Văn An", "soDinhDanh", "094201001234", "diaChiThuongTru", "Phường 1, Sóc Trăng",
                "thuaDatSo", "120", "toBanDoSo", "15", "dienTich", 152.5, "mucDichSuDung", "Đất ở"));
        assertThat(good.json().get("valid").asBoolean()).as(good.toString()).isTrue();
    }

    @Test
    void everyAgencyNamedByTheDemoCatalogueExistsInTheOrganisationCatalogue() {
        List<String> agencies = jdbc.sql("select distinct unnest(agencies) from procedure_version")
                .query(String.class).list();
        assertThat(agencies).isNotEmpty();
        agencies.forEach(code -> assertThat(Api.at(port).get("/api/v1/organization/agencies/" + code).status())
                .as(code).isEqualTo(200));
    }

    @Test
    void onlyCatalogueAdministratorsChangeTheCatalogue() {
        Api api = Api.at(port);
        assertThat(api.post("/api/v1/admin/procedures/1.001193/retire", "").status()).isEqualTo(401);
        assertThat(api.as("congdan").post("/api/v1/admin/procedures/1.001193/retire", "").status()).isEqualTo(403);
        assertThat(api.as("motcua").get("/api/v1/admin/procedures/export").status()).isEqualTo(403);
    }

    private long versions() {
        return jdbc.sql("select count(*) from procedure_version").query(Long.class).single();
    }

    private List<String> auditActions(String code) {
        return jdbc.sql("select action from audit_log where object_type = 'Procedure' and object_id = ?")
                .param(code).query(String.class).list();
    }

    private static byte[] edit(byte[] workbook, java.util.function.Consumer<XSSFWorkbook> change) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            change.accept(book);
            book.write(out);
            return out.toByteArray();
        }
    }
}
