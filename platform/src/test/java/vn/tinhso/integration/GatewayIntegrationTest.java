package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;

/**
 * The gateway as consumers meet it, with real providers on real ports: a call passes with a token in scope, and
 * every refusal of the contract — 401, 403, 404, 413, 429, 503 — comes back as problem+json.
 */
class GatewayIntegrationTest extends LgspIntegrationTest {

    /** Started per test class: {@link GatewayDataPlaneIntegrationTest} runs the same contract again. */
    static Provider ECHO;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startProvider() {
        ECHO = Provider.start(Provider::echo);
    }

    @AfterAll
    static void stopProvider() {
        ECHO.close();
    }

    @Test
    void forwardsASubscribedCallToTheProviderWithPathQueryAndBody() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url() + "/api"));
        Lgsp.Credentials consumer = lgsp.consumer(600, code);
        String token = lgsp.token(consumer);

        Api.Answer answer = lgsp.caller(token).with("X-Correlation-Id", "lgsp-test-1")
                .post("/gw/" + code + "/1.0/citizens/search?page=2", Map.of("personalId", "092090001234"));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode echoed = answer.json();
        assertThat(echoed.get("method").asString()).isEqualTo("POST");
        assertThat(echoed.get("path").asString()).isEqualTo("/api/citizens/search");
        assertThat(echoed.get("query").asString()).isEqualTo("page=2");
        assertThat(echoed.get("body").asString()).contains("092090001234");
        assertThat(echoed.get("consumer").asString()).isEqualTo(consumer.key());
        assertThat(echoed.get("authorization").asString()).as("the consumer's token stays at the gateway")
                .isEqualTo("null");
        assertThat(answer.header("X-Correlation-Id")).isEqualTo("lgsp-test-1");
    }

    @Test
    void tokenEndpointRefusesAWrongSecretPerRfc6749() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Lgsp.Credentials consumer = lgsp.consumer(600, code);

        Api.Answer refused = lgsp.tokenAnswer(new Lgsp.Credentials(consumer.key(), "sai-mat-khau"), null);
        Api.Answer outOfScope = lgsp.tokenAnswer(consumer, code + " some-other-service");
        Api.Answer granted = lgsp.tokenAnswer(consumer, code);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(outOfScope.status()).isEqualTo(400);
        assertThat(outOfScope.json().get("error").asString()).isEqualTo("invalid_scope");
        assertThat(granted.status()).isEqualTo(200);
        assertThat(granted.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(granted.json().get("expires_in").asLong()).isEqualTo(300);
        assertThat(granted.json().get("scope").asString()).isEqualTo(code);
    }

    @Test
    void anUnsubscribedCallGets403Problem() {
        String subscribed = Lgsp.code("dan-cu");
        String other = Lgsp.code("thue");
        lgsp.publish(Lgsp.rest(subscribed, ECHO.url()));
        lgsp.publish(Lgsp.rest(other, ECHO.url()));
        Lgsp.Credentials consumer = lgsp.consumer(600, subscribed);
        long pending = lgsp.subscribe(consumer.key(), other, 600, false);
        String token = lgsp.token(consumer);

        Api.Answer answer = lgsp.caller(token).get("/gw/" + other + "/1.0/anything");

        assertProblem(answer, 403, "gateway-not-subscribed");
        assertThat(pending).as("asked but not approved by the provider").isPositive();
        assertThat(ECHO.received()).noneMatch(r -> r.path().equals("/anything"));
    }

    @Test
    void anExpiredTokenGets401Problem() throws Exception {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Lgsp.Credentials consumer = lgsp.consumer(600, code);
        lgsp.token(consumer);
        // A token exactly as the platform signs them, but expired a second ago.
        String payload = consumer.key() + "\n1\n" + (Instant.now().getEpochSecond() - 1) + "\n" + code + "\nx";
        String key = jdbc.sql("select value from integration_secret where name = 'token-signing-key'")
                .query(String.class).single();
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        byte[] bytes = payload.getBytes(StandardCharsets.UTF_8);
        String expired = "v1." + url.encodeToString(bytes) + "." + url.encodeToString(mac.doFinal(bytes));

        assertProblem(lgsp.caller(expired).get("/gw/" + code + "/1.0/x"), 401, "gateway-token-expired");
        assertProblem(lgsp.caller(expired + "A").get("/gw/" + code + "/1.0/x"), 401, "gateway-token-invalid");
        assertProblem(api.get("/gw/" + code + "/1.0/x"), 401, "gateway-token-missing");
    }

    @Test
    void rotatingTheSecretOrRevokingTheConsumerInvalidatesItsTokensAt401() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Lgsp.Credentials consumer = lgsp.consumer(600, code);
        String before = lgsp.token(consumer);
        assertThat(lgsp.caller(before).get("/gw/" + code + "/1.0/x").status()).isEqualTo(200);

        Api.Answer rotated = api.as("quantri").post("/api/v1/integration/consumers/" + consumer.key() + "/secret",
                Map.of());
        String newSecret = rotated.json().get("consumerSecret").asString();
        assertProblem(lgsp.caller(before).get("/gw/" + code + "/1.0/x"), 401, "gateway-token-revoked");
        assertThat(lgsp.tokenAnswer(consumer, null).status()).as("old secret").isEqualTo(401);
        String after = lgsp.token(new Lgsp.Credentials(consumer.key(), newSecret));
        assertThat(lgsp.caller(after).get("/gw/" + code + "/1.0/x").status()).isEqualTo(200);

        api.as("quantri").post("/api/v1/integration/consumers/" + consumer.key() + "/revoke", Map.of());
        assertProblem(lgsp.caller(after).get("/gw/" + code + "/1.0/x"), 401, "gateway-token-revoked");
    }

    @Test
    void overTheRateLimitGets429ProblemWithRetryAfter() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Lgsp.Credentials consumer = lgsp.consumer(3, code);
        Api caller = lgsp.caller(lgsp.token(consumer));

        for (int i = 0; i < 3; i++) {
            assertThat(caller.get("/gw/" + code + "/1.0/x").status()).isEqualTo(200);
        }
        Api.Answer limited = caller.get("/gw/" + code + "/1.0/x");

        assertProblem(limited, 429, "gateway-rate-limited");
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 60L);
    }

    @Test
    void aProviderThatIsDownGets503ProblemAndThenAnOpenCircuit() {
        String code = Lgsp.code("dan-cu");
        Provider down = Provider.down(Provider::echo);
        lgsp.publish(Lgsp.rest(code, down.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        assertProblem(caller.get("/gw/" + code + "/1.0/x"), 503, "gateway-provider-unavailable");
        for (int i = 0; i < 12; i++) {
            caller.get("/gw/" + code + "/1.0/x");
        }
        assertProblem(caller.get("/gw/" + code + "/1.0/x"), 503, "gateway-circuit-open");
    }

    @Test
    void aSlowProviderGets504Problem() {
        String code = Lgsp.code("cham");
        try (Provider slow = Provider.start(request -> Provider.echo(request).delayed(1500))) {
            Map<String, Object> service = Lgsp.rest(code, slow.url());
            service.put("timeoutMs", 300);
            lgsp.publish(service);
            Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

            assertProblem(caller.post("/gw/" + code + "/1.0/x", Map.of()), 504, "gateway-provider-timeout");
        }
    }

    @Test
    void aTooLargeBodyGets413AndAnUnknownServiceGets404() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        assertProblem(caller.post("/gw/" + code + "/1.0/x", "application/octet-stream", new byte[5000]), 413,
                "gateway-payload-too-large");
        assertProblem(caller.get("/gw/khong-ton-tai/1.0/x"), 404, "gateway-service-unknown");
    }

    @Test
    void aBodyAgainstTheServiceSchemaGets400() {
        String code = Lgsp.code("luoc-do");
        Map<String, Object> service = Lgsp.rest(code, ECHO.url());
        service.put("requestSchema", Map.of("type", "object", "required", java.util.List.of("personalId"),
                "properties", Map.of("personalId", Map.of("type", "string", "pattern", "^[0-9]{12}$"))));
        lgsp.publish(service);
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        assertProblem(caller.post("/gw/" + code + "/1.0/x", Map.of("personalId", "12")), 400,
                "gateway-request-invalid");
        assertThat(caller.post("/gw/" + code + "/1.0/x", Map.of("personalId", "092090001234")).status())
                .isEqualTo(200);
    }

    static void assertProblem(Api.Answer answer, int status, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
        assertThat(answer.json().get("status").asInt()).isEqualTo(status);
        assertThat(answer.json().get("messages").get("vi").asString()).isNotBlank();
        assertThat(answer.header("X-Correlation-Id")).isNotBlank();
    }
}
