package vn.tinhso.bench;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The platform jar started as its own process on a free port with a fresh data directory. */
final class Platform implements AutoCloseable {

    final int port;
    private final Process process;

    private Platform(int port, Process process) {
        this.port = port;
        this.process = process;
    }

    static Platform start(Path jar, Path dataDir, String... extraArguments) throws IOException, InterruptedException {
        int port = freePort();
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>(List.of(java, "-Xmx2g"));
        // Extra JVM options for the platform, e.g. a flight recording: -DplatformJvm=-XX:StartFlightRecording=...
        String jvm = System.getProperty("platformJvm", "").strip();
        if (!jvm.isEmpty()) {
            command.addAll(List.of(jvm.split("\\s+")));
        }
        // -DpackedJar=true runs the jar as built, to compare (it may hang: see extracted()).
        Path runnable = Boolean.getBoolean("packedJar") ? jar : extracted(jar, dataDir);
        command.addAll(List.of("-jar", runnable.toString(),
                "--server.port=" + port, "--tinhso.db.data-dir=" + dataDir.resolve("postgres"),
                "--logging.level.root=WARN"));
        command.addAll(List.of(extraArguments));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true).redirectOutput(dataDir.resolve("platform.log").toFile()).start();
        Platform platform = new Platform(port, process);
        platform.awaitReady(Duration.ofMinutes(3));
        return platform;
    }

    /**
     * The jar unpacked the way operations.md says to run the platform (ADR 0023): from a nested jar, virtual threads
     * loading classes side by side can deadlock Spring Boot's jar loader on two cores (spring-boot#51463).
     */
    private static Path extracted(Path jar, Path dataDir) throws IOException, InterruptedException {
        Path destination = dataDir.resolve("app");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process extract = new ProcessBuilder(java, "-Djarmode=tools", "-jar", jar.toString(), "extract",
                "--destination", destination.toString()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("extract.log").toFile()).start();
        if (extract.waitFor() != 0) {
            throw new IllegalStateException("Could not extract " + jar + "; see " + dataDir.resolve("extract.log"));
        }
        return destination.resolve(jar.getFileName());
    }

    /** A TCP port free at the time of asking. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited; see its platform.log");
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException starting) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("The platform did not become ready in " + timeout);
    }

    /** CPU time the platform's JVM has used so far. */
    long cpuMillis() {
        return process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
    }

    String base() {
        return "http://localhost:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
