package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SimulatorsTest
class FaultInjectionIntegrationTest {

    @LocalServerPort
    int port;
    Http admin;
    Http ngsp;

    @BeforeEach
    void signIn() {
        admin = Http.at(port);
        ngsp = admin.bearer(admin.lgspToken());
    }

    @AfterEach
    void clearFaults() {
        admin.delete("/admin/faults");
    }

    @Test
    void aServiceSetDownAnswers503ProblemJsonWithRetryAfterUntilCleared() {
        admin.put("/admin/faults/population", "{\"mode\":\"DOWN\"}");

        Http.Answer down = ngsp.get("/population/v1/citizens/094090001234");
        assertThat(down.status()).isEqualTo(503);
        assertThat(down.header("Content-Type")).startsWith("application/problem+json");
        assertThat(down.header("Retry-After")).isEqualTo("1");
        assertThat(ngsp.get("/enterprise/v1/enterprises/0000000000").status()).isEqualTo(404);

        admin.delete("/admin/faults/population");
        assertThat(ngsp.get("/population/v1/citizens/094090001234").status()).isEqualTo(200);
    }

    @Test
    void failNextFailsExactlyThatManyCalls() {
        admin.put("/admin/faults/population", "{\"mode\":\"FAIL_NEXT\",\"count\":2}");

        assertThat(ngsp.get("/population/v1/citizens/094090001234").status()).isEqualTo(503);
        assertThat(ngsp.get("/population/v1/citizens/094090001234").status()).isEqualTo(503);
        assertThat(ngsp.get("/population/v1/citizens/094090001234").status()).isEqualTo(200);
        assertThat(admin.get("/admin/faults").json().isEmpty()).isTrue();
    }

    @Test
    void aSlowServiceAnswersOnlyAfterTheDelay() {
        admin.put("/admin/faults/population", "{\"mode\":\"SLOW\",\"delayMs\":400}");

        long start = System.nanoTime();
        Http.Answer a = ngsp.get("/population/v1/citizens/094090001234");
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertThat(a.status()).isEqualTo(200);
        assertThat(tookMs).isGreaterThanOrEqualTo(400);
    }

    @Test
    void oneCallCanAskForAFaultWithAHeader() {
        assertThat(ngsp.with("X-Simulator-Fault", "down").get("/population/v1/citizens/094090001234").status())
                .isEqualTo(503);
        assertThat(ngsp.with("X-Simulator-Fault", "error").get("/population/v1/citizens/094090001234").status())
                .isEqualTo(500);
        assertThat(ngsp.get("/population/v1/citizens/094090001234").status()).isEqualTo(200);
    }

    @Test
    void theTokenEndpointCanBeTakenDownToo() {
        admin.put("/admin/faults/oauth2", "{\"mode\":\"DOWN\"}");

        assertThat(admin.basic("tinhso-lgsp", "ngsp-demo-secret").form("/oauth2/token",
                "grant_type=client_credentials").status()).isEqualTo(503);
    }
}
