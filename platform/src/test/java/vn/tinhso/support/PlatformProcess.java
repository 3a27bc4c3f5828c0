package vn.tinhso.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The platform started as a real, separate operating-system process from the test class path — for tests that
 * restart or kill it ({@code kill -9}) and check what survived.
 */
public final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final Path log;

    private PlatformProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts the platform on a free port with its data in {@code dataDir}, and waits until it is ready. */
    public static PlatformProcess start(Path dataDir, Duration timeout, String... extraArgs) {
        return start(dataDir, timeout, Map.of(), extraArgs);
    }

    /** As {@link #start(Path, Duration, String...)}, with extra environment variables (as an operator sets them). */
    public static PlatformProcess start(Path dataDir, Duration timeout, Map<String, String> environment,
            String... extraArgs) {
        int port = FreePorts.next();
        // Logs go to target/ so they outlive the temporary data directory of a failed test.
        Path log = Path.of("target", "platform-process-" + port + ".log").toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"),
                "vn.tinhso.TinhSoApplication",
                "--server.port=" + port,
                "--tinhso.db.data-dir=" + dataDir.resolve("postgres"),
                "--logging.level.root=WARN", "--logging.level.io.zonky=INFO"));
        command.addAll(List.of(extraArgs));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            PlatformProcess platform = new PlatformProcess(process, port, log);
            platform.awaitReady(timeout);
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public Api api() {
        return Api.at(port);
    }

    public Path log() {
        return log;
    }

    /** {@code kill -9}: no shutdown hooks, no graceful close — as a power cut would. */
    public void kill() {
        process.destroyForcibly();
        waitFor();
    }

    /** {@code kill} (SIGTERM): the platform shuts down gracefully. */
    @Override
    public void close() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest readiness = HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/actuator/health/readiness")).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform exited early; see " + log);
            }
            try {
                if (client.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        process.destroyForcibly();
        throw new IllegalStateException("The platform was not ready within " + timeout + "; see " + log);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
