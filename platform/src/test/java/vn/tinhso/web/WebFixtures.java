package vn.tinhso.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import vn.tinhso.support.Api;

/**
 * What the browser tests start from: a small fully-online procedure with an e-form and a mandatory document,
 * published through the catalogue's API as the catalogue administrator would.
 */
final class WebFixtures {

    static final String PROCEDURE = "STG-WEB-001";
    static final String PROCEDURE_NAME = "Cấp giấy xác nhận thông tin cư trú thử nghiệm";
    static final String AGENCY = "000.00.51.H92";

    private WebFixtures() {
    }

    static synchronized void publishTestProcedure(int port) {
        Api admin = Api.at(port).as("danhmuc");
        if (admin.get("/api/v1/procedures/" + PROCEDURE).status() == 200) {
            return;
        }
        Map<String, Object> definition = Map.ofEntries(
                Map.entry("code", PROCEDURE),
                Map.entry("name", PROCEDURE_NAME),
                Map.entry("field", Map.of("code", "cu-tru", "name", "Cư trú")),
                Map.entry("levels", List.of("COMMUNE")),
                Map.entry("onlineMode", "FULLY_ONLINE"),
                Map.entry("implementingAgencies", List.of(AGENCY)),
                Map.entry("legalBasis", List.of("Luật Cư trú số 68/2020/QH14")),
                Map.entry("timeLimits", List.of(Map.of("amount", 3, "unit", "WORKING_DAYS"))),
                Map.entry("documents", List.of(
                        Map.of("id", "TP1", "name", "Tờ khai xác nhận thông tin cư trú", "originals", 1, "copies", 0,
                                "mandatory", true, "toShow", false),
                        Map.of("id", "TP2", "name", "Văn bản ủy quyền (nếu có)", "originals", 1, "copies", 0,
                                "mandatory", false, "toShow", false))),
                Map.entry("fees", List.of(Map.of("name", "Lệ phí xác nhận", "kind", "CHARGE", "amountVnd", 10000,
                        "legalBasis", "Nghị quyết HĐND tỉnh (thử nghiệm)"))),
                Map.entry("forms", List.of(Map.of("title", "Tờ khai xác nhận thông tin cư trú", "fields", List.of(
                        Map.of("name", "noiCuTru", "label", "Nơi cư trú hiện nay", "type", "TEXT", "required", true),
                        Map.of("name", "soNhanKhau", "label", "Số nhân khẩu", "type", "NUMBER", "required", true),
                        Map.of("name", "mucDich", "label", "Mục đích xác nhận", "type", "CHOICE", "required", true,
                                "options", List.of("Học tập", "Việc làm", "Khác")),
                        Map.of("name", "ghiChu", "label", "Ghi chú", "type", "LONG_TEXT", "required", false))))));
        Api.Answer draft = admin.post("/api/v1/admin/procedures", definition);
        if (draft.status() >= 300) {
            throw new IllegalStateException("Test procedure refused: " + draft);
        }
        Api.Answer published = admin.post("/api/v1/admin/procedures/" + PROCEDURE + "/publish", "");
        if (published.status() >= 300) {
            throw new IllegalStateException("Test procedure not published: " + published);
        }
    }

    /** A small PDF-looking file to upload (the file store checks types from the bytes). */
    static Path pdf(String name) {
        try {
            Path dir = Files.createTempDirectory("tinhso-upload-");
            Path file = dir.resolve(name);
            Files.writeString(file, "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
                    StandardCharsets.ISO_8859_1);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
