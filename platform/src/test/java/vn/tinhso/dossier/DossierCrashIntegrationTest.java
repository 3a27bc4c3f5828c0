package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformProcess;
import vn.tinhso.support.StartedProcesses;

/**
 * {@code kill -9} in the middle of a burst of intakes, against a real second process: every dossier whose receipt
 * was answered is there after the restart with its process started exactly once, and no dossier is there
 * half-written.
 */
class DossierCrashIntegrationTest {

    private static final String AGENCY = "000.00.51.H92";

    @TempDir
    Path workspace;

    @Test
    void noAcknowledgedDossierIsLostAndNoneIsHalfWritten() throws Exception {
        Path data = workspace.resolve("data");
        ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        PlatformProcess platform = PlatformProcess.start(data, Duration.ofSeconds(120));
        Api officer = platform.api().as("motcua");
        Map<String, Object> request = DossierRequests.birthRegistration(officer, AGENCY, "094201002020");

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 8; i++) {
            clients.submit(() -> {
                while (running.get()) {
                    try {
                        Api.Answer answer = officer.post("/api/v1/dossiers", request);
                        if (answer.status() == 201) {
                            acknowledged.add(answer.json().get("code").asString());
                        }
                    } catch (RuntimeException connectionLost) {
                        return;
                    }
                }
            });
        }
        while (acknowledged.size() < 40) {
            Thread.sleep(20);
        }
        platform.kill();
        running.set(false);
        clients.shutdown();
        assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();

        try (PlatformProcess restarted = PlatformProcess.start(data, Duration.ofSeconds(120))) {
            Api after = restarted.api().as("motcua");
            for (String code : acknowledged) {
                JsonNode dossier = after.get("/api/v1/dossiers/" + code).json();
                assertThat(dossier.get("code").asString()).as(code).isEqualTo(code);
            }
            List<JsonNode> stored = after.get("/api/v1/dossiers?agency=" + AGENCY + "&limit=500&status=RECEIVED")
                    .json().valueStream().toList();
            assertThat(stored.size()).isGreaterThanOrEqualTo(acknowledged.size());
            int expectedDocuments = ((List<?>) request.get("documents")).size();
            for (JsonNode item : stored) {
                JsonNode dossier = after.get("/api/v1/dossiers/" + item.get("code").asString()).json();
                assertThat(dossier.get("documents").size()).isEqualTo(expectedDocuments);
                assertThat(dossier.get("timeline").size()).isEqualTo(1);
            }
            // Each process started after the restart if the crash came before it: once, never twice.
            stored.forEach(item -> StartedProcesses.await(after, item.get("code").asString()));
            Map<String, Long> tasksPerDossier = after.get("/api/v1/tasks").json().valueStream()
                    .collect(java.util.stream.Collectors.groupingBy(task -> task.get("dossierCode").asString(),
                            java.util.stream.Collectors.counting()));
            stored.forEach(item -> assertThat(tasksPerDossier.get(item.get("code").asString()))
                    .as("open tasks of " + item.get("code").asString()).isEqualTo(1L));
            List<Integer> sequence = stored.stream().map(item -> item.get("code").asString())
                    .map(code -> Integer.parseInt(code.substring(code.length() - 4))).sorted().toList();
            // Numbers stay consecutive: a transaction cut off by the crash gave its number back.
            assertThat(sequence.getLast()).isEqualTo(sequence.size());
        }
    }
}
