package vn.tinhso.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformProcess;

/**
 * The durability rule for attachments: a file whose upload was acknowledged is still there, byte for byte, after the
 * platform is killed with {@code kill -9} and started again on the same data.
 */
class FileCrashIntegrationTest {

    private static final Duration START = Duration.ofSeconds(120);
    private static final int FILES = 12;

    @TempDir
    Path workspace;

    @Test
    void keepsEveryAcknowledgedFileAcrossAKill() {
        Path data = workspace.resolve("data");
        String directory = "--tinhso.files.directory=" + data.resolve("files");
        Map<String, String> acknowledged = new LinkedHashMap<>();

        PlatformProcess first = PlatformProcess.start(data, START, directory);
        Api citizen = first.api().as("congdan");
        for (int i = 0; i < FILES; i++) {
            byte[] pdf = i % 3 == 0
                    ? TestFiles.pdfOfSize("Crash " + i + " " + UUID.randomUUID(), 300_000)
                    : TestFiles.pdf("Crash " + i + " " + UUID.randomUUID());
            Api.Answer stored = i % 2 == 0
                    ? citizen.postFile("/api/v1/files", "file", "hồ sơ " + i + ".pdf", "application/pdf", pdf)
                    : citizen.with("X-File-Name", "ho-so-" + i + ".pdf").post("/api/v1/files", "application/pdf", pdf);
            assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
            JsonNode file = stored.json();
            acknowledged.put(file.get("id").asString(), TestFiles.sha256(pdf));
        }
        first.kill();

        try (PlatformProcess second = PlatformProcess.start(data, START, directory)) {
            Api reader = second.api().as("congdan");
            acknowledged.forEach((id, sha256) -> {
                Api.Answer content = reader.get("/api/v1/files/" + id);
                assertThat(content.status()).as(id).isEqualTo(200);
                assertThat(TestFiles.sha256(content.bytes())).as(id).isEqualTo(sha256);
                assertThat(reader.get("/api/v1/files/" + id + "/metadata").json().get("sha256").asString())
                        .isEqualTo(sha256);
            });
            assertThat(second.api().as("kiemtra").get("/api/v1/audit/verify").json().get("intact").asBoolean())
                    .isTrue();
        }
    }
}
