package vn.tinhso.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import vn.tinhso.simulators.SimulatorsApplication;

/** The SDK against the simulators' national platform (NGSP), which serves the same token contract over real HTTP. */
class SimulatorNgspIntegrationTest {

    record Citizen(String personalId, String fullName, LocalDate dateOfBirth, String sex) {
    }

    private static ConfigurableApplicationContext simulators;
    private static String base;
    private final HttpClient admin = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        simulators = SpringApplication.run(SimulatorsApplication.class, "--server.port=0",
                "--simulators.population-size=200");
        base = "http://localhost:" + simulators.getEnvironment().getProperty("local.server.port");
    }

    @AfterAll
    static void stop() {
        simulators.close();
    }

    @AfterEach
    void clearFaults() throws Exception {
        admin("DELETE", "/admin/faults", null);
    }

    @Test
    void looksUpACitizenInTheNationalPopulationDatabase() {
        try (LgspClient ngsp = client("tinhso-lgsp", "ngsp-demo-secret")) {
            Citizen c = ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094090001234");

            assertThat(c).isEqualTo(new Citizen("094090001234", "Nguyễn Văn An", LocalDate.of(1990, 5, 12), "MALE"));
        }
    }

    @Test
    void ridesOutTwoFailedCallsOfTheProvider() throws Exception {
        admin("PUT", "/admin/faults/population", "{\"mode\":\"FAIL_NEXT\",\"count\":2}");
        try (LgspClient ngsp = client("tinhso-lgsp", "ngsp-demo-secret")) {
            assertThat(ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094301001111")
                    .fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        }
    }

    @Test
    void carriesOnWhenThePlatformEndsItsTokensEarly() throws Exception {
        try (LgspClient ngsp = client("tinhso-lgsp", "ngsp-demo-secret")) {
            ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094090001234");
            admin("POST", "/admin/tokens/expire", "");

            assertThat(ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094190001234")
                    .fullName()).isEqualTo("Thạch Thị Sa Rinh");
        }
    }

    @Test
    void aServiceTheClientIsNotRegisteredForIsForbidden() {
        try (LgspClient ngsp = client("so-ke-hoach-dau-tu", "ngsp-demo-secret-2")) {
            assertThatThrownBy(() -> ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class,
                    "094090001234"))
                    .isInstanceOfSatisfying(LgspException.Forbidden.class,
                            e -> assertThat(e.problem().code()).isEqualTo("not-in-scope"));
        }
    }

    @Test
    void anUnknownCitizenIsNotFound() {
        try (LgspClient ngsp = client("tinhso-lgsp", "ngsp-demo-secret")) {
            assertThatThrownBy(() -> ngsp.service("population", "v1").get("/citizens/{id}", Citizen.class,
                    "094099999998"))
                    .isInstanceOfSatisfying(LgspException.NotFound.class,
                            e -> assertThat(e.problem().detail()).contains("094099999998"));
        }
    }

    private static LgspClient client(String id, String secret) {
        return LgspClient.builder().baseUrl(base).credentials(id, secret)
                .retry(new RetryPolicy(3, Duration.ofMillis(50), Duration.ofSeconds(2))).build();
    }

    private void admin(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
        if (json == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", json.isEmpty() ? "application/x-www-form-urlencoded" : "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<Void> response = admin.send(request.build(), HttpResponse.BodyHandlers.discarding());
        assertThat(response.statusCode()).isBetween(200, 299);
    }
}
