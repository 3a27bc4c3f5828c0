package vn.tinhso.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.tinhso.support.FreePorts;

/**
 * A real Keycloak, run as its own process from the {@code keycloak-quarkus-dist} zip that Maven unpacked into
 * {@code target/keycloak} (platform/pom.xml), on the build's own JDK, in {@code start-dev} mode with the realm of
 * docs/keycloak/tinhso-realm.json imported. Fails loudly when the distribution is missing.
 */
final class KeycloakServer implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(5);

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static KeycloakServer start(Path realm) {
        String home = System.getProperty("tinhso.keycloak.home");
        if (home == null || !Files.exists(Path.of(home, "bin", "kc.sh"))) {
            throw new IllegalStateException("No Keycloak distribution at " + home + " — run the tests through Maven "
                    + "(./mvnw verify), which unpacks org.keycloak:keycloak-quarkus-dist into target/keycloak");
        }
        try {
            Path imports = Path.of(home, "data", "import");
            Files.createDirectories(imports);
            Files.copy(realm, imports.resolve("tinhso-realm.json"), StandardCopyOption.REPLACE_EXISTING);
            int port = FreePorts.next();
            Path log = Files.createTempFile("keycloak-", ".log");
            ProcessBuilder builder = new ProcessBuilder(List.of("bash", Path.of(home, "bin", "kc.sh").toString(),
                    "start-dev", "--import-realm", "--http-port=" + port, "--http-management-port=" + FreePorts.next()))
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // Keycloak needs a JDK 21+: the one running the build.
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            builder.environment().put("JAVA_OPTS_KC_HEAP", "-XX:MaxRAMPercentage=25 -XX:InitialRAMPercentage=5");
            KeycloakServer server = new KeycloakServer(builder.start(), port, log);
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String issuer() {
        return "http://localhost:" + port + "/realms/tinhso";
    }

    private void awaitRealm() throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + ":\n" + tail());
            }
            try {
                HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(
                        URI.create(issuer() + "/.well-known/openid-configuration")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (answer.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep();
        }
        close();
        throw new IllegalStateException("Keycloak did not serve the realm within " + STARTUP + ":\n" + tail());
    }

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }


    private static void sleep() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
