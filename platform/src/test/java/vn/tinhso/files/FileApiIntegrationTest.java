package vn.tinhso.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.files.storage.FilesProperties;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * A citizen attaches the documents of a dossier: what is stored comes back byte for byte, what is not what it
 * claims to be is refused, nothing too large is kept, and nobody but the uploader and staff can read a file.
 */
@PlatformIntegrationTest
class FileApiIntegrationTest {

    private static final String FILES = "/api/v1/files";

    @LocalServerPort
    int port;

    @Autowired
    FilesProperties properties;

    @Autowired
    JdbcClient jdbc;

    Api api;

    @BeforeEach
    void signIn() {
        api = Api.at(port);
        // A second citizen with the demo password, to show one citizen cannot read another's files.
        jdbc.sql("""
                insert into account (username, password_hash, display_name, roles)
                select 'congdan2', password_hash, 'Trần Thị Bình (công dân demo)', roles
                from account where username = 'congdan'
                on conflict do nothing""").update();
    }

    @Test
    void givesBackAStoredPdfByteForByteWithItsHash() {
        byte[] pdf = TestFiles.pdf("Giay chung nhan " + UUID.randomUUID());

        Api.Answer stored = api.as("congdan").postFile(FILES, "file", "Giấy chứng nhận.pdf", "application/pdf", pdf);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        JsonNode file = stored.json();
        String id = file.get("id").asString();
        assertThat(stored.header("Location")).isEqualTo(FILES + "/" + id);
        assertThat(file.get("name").asString()).isEqualTo("Giấy chứng nhận.pdf");
        assertThat(file.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(file.get("sizeBytes").asLong()).isEqualTo(pdf.length);
        assertThat(file.get("sha256").asString()).isEqualTo(TestFiles.sha256(pdf));
        assertThat(file.get("storedBy").asString()).isEqualTo("congdan");

        Api.Answer download = api.as("congdan").get(FILES + "/" + id);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(pdf);
        assertThat(TestFiles.sha256(download.bytes())).isEqualTo(file.get("sha256").asString());
        assertThat(download.contentType()).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).isEqualTo("attachment; filename=\"Giay chung nhan.pdf\"; "
                + "filename*=UTF-8''Gi%E1%BA%A5y%20ch%E1%BB%A9ng%20nh%E1%BA%ADn.pdf");
        assertThat(download.header("X-Content-Type-Options")).isEqualTo("nosniff");

        Api.Answer metadata = api.as("congdan").get(FILES + "/" + id + "/metadata");
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.json().get("sha256").asString()).isEqualTo(TestFiles.sha256(pdf));
    }

    @Test
    void acceptsTheBytesAsTheBodyWithThePercentEncodedNameInAHeader() {
        byte[] pdf = TestFiles.pdf("Raw body " + UUID.randomUUID());

        Api.Answer stored = api.as("motcua").with("X-File-Name", "h%E1%BB%93%20s%C6%A1%20g%E1%BB%91c.pdf")
                .post(FILES, "application/octet-stream", pdf);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("name").asString()).isEqualTo("hồ sơ gốc.pdf");
        assertThat(stored.json().get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(api.as("motcua").post(FILES, "application/octet-stream", pdf).json().get("code").asString())
                .isEqualTo("file-name-missing");
    }

    @Test
    void streamsUploadsLargerThanTheServletContainersMultipartDefault() {
        byte[] scan = TestFiles.pdfOfSize("Ban ve " + UUID.randomUUID(), 5 * 1024 * 1024);

        Api.Answer stored = api.as("congdan").postFile(FILES, "file", "bản vẽ.pdf", "application/pdf", scan);

        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        assertThat(stored.json().get("sizeBytes").asLong()).isEqualTo(scan.length);
        assertThat(api.as("congdan").get(FILES + "/" + stored.json().get("id").asString()).bytes()).isEqualTo(scan);
    }

    @Test
    void tellsTheTypeFromTheBytesNotFromTheName() {
        Api.Answer png = api.as("congdan").postFile(FILES, "file", "ảnh CCCD.pdf", "application/pdf",
                TestFiles.png(UUID.randomUUID().hashCode()));

        assertThat(png.status()).as(png.toString()).isEqualTo(201);
        assertThat(png.json().get("contentType").asString()).isEqualTo("image/png");
    }

    @Test
    void refusesExecutablesArchivesAndWebPagesDisguisedAsPdf() {
        for (byte[] disguised : new byte[][] {TestFiles.elf(), TestFiles.zip(), TestFiles.html()}) {
            Api.Answer refused = api.as("congdan").postFile(FILES, "file", "to-khai.pdf", "application/pdf",
                    disguised);

            assertThat(refused.status()).as(refused.toString()).isEqualTo(415);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isEqualTo("file-type-not-allowed");
            assertThat(refused.json().get("messages").get("vi").asString()).contains("to-khai.pdf");
            assertThat(blobExists(TestFiles.sha256(disguised))).isFalse();
        }
    }

    @Test
    void refusesAFileOverTheLimitAndKeepsNothingOfIt() throws IOException {
        long limit = properties.maxSize().toBytes();
        byte[] tooLarge = TestFiles.pdfOfSize("Qua lon " + UUID.randomUUID(), (int) limit + 64 * 1024);

        Api.Answer multipart = api.as("congdan").postFile(FILES, "file", "lớn.pdf", "application/pdf", tooLarge);
        Api.Answer raw = api.as("congdan").with("X-File-Name", "lon.pdf")
                .post(FILES, "application/pdf", tooLarge);

        for (Api.Answer refused : new Api.Answer[] {multipart, raw}) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(413);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(refused.json().get("code").asString()).isEqualTo("file-too-large");
            assertThat(refused.json().get("messages").get("vi").asString()).contains("20 MiB");
        }
        assertThat(blobExists(TestFiles.sha256(tooLarge))).isFalse();
        assertThat(stagedFiles()).as("no staged file left behind").isEmpty();
    }

    @Test
    void refusesAnEmptyFile() {
        Api.Answer empty = api.as("congdan").postFile(FILES, "file", "rỗng.pdf", "application/pdf", new byte[0]);

        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("code").asString()).isEqualTo("file-empty");
    }

    @Test
    void keepsOnlyTheLastPartOfAPathAndNoControlCharactersInNames() {
        Api.Answer path = api.as("congdan").postFile(FILES, "file", "../../etc/passwd", "application/pdf",
                TestFiles.pdf("Path " + UUID.randomUUID()));
        Api.Answer nul = api.as("congdan").with("X-File-Name", "h%E1%BB%93%20s%C6%A1%00.pdf")
                .post(FILES, "application/pdf", TestFiles.pdf("Nul " + UUID.randomUUID()));

        assertThat(path.json().get("name").asString()).isEqualTo("passwd");
        assertThat(nul.json().get("name").asString()).isEqualTo("hồ sơ.pdf");
    }

    @Test
    void storesIdenticalContentOnceOnDisk() {
        byte[] pdf = TestFiles.pdf("Twice " + UUID.randomUUID());

        JsonNode first = api.as("congdan").postFile(FILES, "file", "a.pdf", "application/pdf", pdf).json();
        JsonNode second = api.as("motcua").postFile(FILES, "file", "b.pdf", "application/pdf", pdf).json();

        assertThat(first.get("id")).isNotEqualTo(second.get("id"));
        assertThat(first.get("sha256")).isEqualTo(second.get("sha256"));
        assertThat(blobsNamed(TestFiles.sha256(pdf))).hasSize(1);
        assertThat(api.as("congdan").get(FILES + "/" + first.get("id").asString()).bytes()).isEqualTo(pdf);
        assertThat(api.as("motcua").get(FILES + "/" + second.get("id").asString()).bytes()).isEqualTo(pdf);
    }

    @Test
    void showsAFileOnlyToItsUploaderAndToStaff() {
        String id = api.as("congdan").postFile(FILES, "file", "CCCD.pdf", "application/pdf",
                TestFiles.pdf("Private " + UUID.randomUUID())).json().get("id").asString();

        for (String stranger : new String[] {"congdan2", "kiemtra", "danhmuc"}) {
            Api.Answer content = api.as(stranger).get(FILES + "/" + id);
            Api.Answer metadata = api.as(stranger).get(FILES + "/" + id + "/metadata");
            assertThat(content.status()).as(stranger).isEqualTo(404);
            assertThat(metadata.status()).as(stranger).isEqualTo(404);
            assertThat(content.json().get("code").asString()).isEqualTo("file-not-found");
        }
        for (String staff : new String[] {"motcua", "quantri"}) {
            assertThat(api.as(staff).get(FILES + "/" + id).status()).as(staff).isEqualTo(200);
        }
        assertThat(api.get(FILES + "/" + id).status()).isEqualTo(401);
        assertThat(api.postFile(FILES, "file", "x.pdf", "application/pdf", TestFiles.pdf("anonymous")).status())
                .isEqualTo(401);
        assertThat(api.as("congdan").get(FILES + "/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(api.as("congdan").get(FILES + "/not-an-id").json().get("code").asString())
                .isEqualTo("file-id-malformed");
    }

    @Test
    void auditsEveryStoredFile() {
        JsonNode file = api.as("congdan").postFile(FILES, "file", "đơn đề nghị.pdf", "application/pdf",
                TestFiles.pdf("Audited " + UUID.randomUUID())).json();

        var row = jdbc.sql("""
                select actor, action, after_state::text as after from audit_log
                where object_type = 'StoredFile' and object_id = ?""")
                .param(file.get("id").asString()).query().singleRow();
        assertThat(row.get("actor")).isEqualTo("congdan");
        assertThat(row.get("action")).isEqualTo("files.file.stored");
        assertThat((String) row.get("after")).contains(file.get("sha256").asString(), "đơn đề nghị.pdf");
    }

    private boolean blobExists(String sha256) {
        return Files.exists(properties.directory().resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4))
                .resolve(sha256));
    }

    private java.util.List<Path> blobsNamed(String sha256) {
        try (Stream<Path> all = Files.walk(properties.directory())) {
            return all.filter(path -> path.getFileName().toString().equals(sha256)).toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private java.util.List<Path> stagedFiles() throws IOException {
        Path staging = properties.directory().resolve("tmp");
        if (!Files.isDirectory(staging)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(staging)) {
            return files.toList();
        }
    }
}
