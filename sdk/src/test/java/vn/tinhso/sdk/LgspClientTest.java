package vn.tinhso.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import vn.tinhso.sdk.ContractGateway.Reply;

/** The SDK against a real HTTP server that implements the gateway contract. */
class LgspClientTest {

    record Citizen(String personalId, String fullName, LocalDate dateOfBirth) {
    }

    private static final String NHUNG = """
            {"personalId":"094301001111","fullName":"Nguyễn Thị Hồng Nhung","dateOfBirth":"2001-08-20","sex":"FEMALE"}""";

    private final ContractGateway gateway = new ContractGateway();
    private final RetryPolicy fastRetry = new RetryPolicy(3, Duration.ofMillis(10), Duration.ofSeconds(2));
    private final LgspClient lgsp = client(Clock.systemUTC());

    @AfterEach
    void stop() {
        lgsp.close();
        gateway.close();
    }

    @Test
    void mapsAServiceAnswerToARecordAndSendsTheBearerToken() {
        gateway.script("population", Reply.json(NHUNG));

        Citizen c = lgsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094301001111");

        assertThat(c).isEqualTo(new Citizen("094301001111", "Nguyễn Thị Hồng Nhung", LocalDate.of(2001, 8, 20)));
        ContractGateway.Recorded call = gateway.calls("/gw/population").getFirst();
        assertThat(call.path()).isEqualTo("/gw/population/v1/citizens/094301001111");
        assertThat(call.header("Authorization")).startsWith("Bearer ");
        assertThat(call.header("X-Correlation-Id")).isNotBlank();
    }

    @Test
    void fetchesOneTokenAndReusesItWhileItIsFresh() {
        for (int i = 0; i < 5; i++) {
            lgsp.service("population", "v1").get("/citizens/{id}", String.class, "09430100111" + i);
        }

        assertThat(gateway.tokensIssued).hasValue(1);
        assertThat(gateway.calls("/gw/population")).extracting(r -> r.header("Authorization")).containsOnly(
                gateway.calls("/gw/population").getFirst().header("Authorization"));
    }

    @Test
    void renewsTheTokenShortlyBeforeItExpires() {
        gateway.tokenLifetimeSeconds = 60;
        MutableClock clock = new MutableClock();
        try (LgspClient client = client(clock)) {
            client.service("population", "v1").get("/a", String.class);
            clock.advance(Duration.ofSeconds(50));
            client.service("population", "v1").get("/b", String.class);
            assertThat(gateway.tokensIssued).hasValue(1);

            clock.advance(Duration.ofSeconds(5));
            client.service("population", "v1").get("/c", String.class);
            assertThat(gateway.tokensIssued).hasValue(2);
        }
    }

    @Test
    void aTokenTheGatewayNoLongerAcceptsIsReplacedAndTheCallRetriedOnce() {
        lgsp.service("population", "v1").get("/a", String.class);
        gateway.expireAllTokens();

        String answer = lgsp.service("population", "v1").get("/b", String.class);

        assertThat(answer).contains("/gw/population/v1/b");
        assertThat(gateway.tokensIssued).hasValue(2);
    }

    @Test
    void aCallRefusedAgainWithTheNewTokenFailsAsUnauthorized() {
        gateway.refuseEveryToken = true;

        assertThatThrownBy(() -> lgsp.service("population", "v1").get("/a", String.class))
                .isInstanceOf(LgspException.Unauthorized.class);
        assertThat(gateway.calls("/gw/population")).hasSize(2);
    }

    @Test
    void retriesAGetThroughTwoOutagesWithTheSameCorrelationId() {
        gateway.script("population", Reply.problem(503, "provider-down", Map.of()),
                Reply.problem(503, "provider-down", Map.of()), Reply.json(NHUNG));

        Citizen c = lgsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094301001111");

        assertThat(c.fullName()).isEqualTo("Nguyễn Thị Hồng Nhung");
        List<ContractGateway.Recorded> calls = gateway.calls("/gw/population");
        assertThat(calls).hasSize(3);
        assertThat(calls).extracting(r -> r.header("X-Correlation-Id")).containsOnly(calls.getFirst()
                .header("X-Correlation-Id"));
    }

    @Test
    void givesUpAfterTheLastAttemptWithATypedException() {
        gateway.script("population", Reply.problem(503, "provider-down", Map.of()),
                Reply.problem(503, "provider-down", Map.of()), Reply.problem(503, "provider-down", Map.of()));

        assertThatThrownBy(() -> lgsp.service("population", "v1").get("/a", String.class))
                .isInstanceOfSatisfying(LgspException.ServiceUnavailable.class, e -> {
                    assertThat(e.problem().code()).isEqualTo("provider-down");
                    assertThat(e.problem().detail()).isEqualTo("Lỗi 503");
                    assertThat(e.problem().properties()).containsEntry("service", "population");
                    assertThat(e.correlationId()).isNotBlank();
                });
        assertThat(gateway.calls("/gw/population")).hasSize(3);
    }

    @Test
    void neverRetriesAPostWithoutAnIdempotencyKey() {
        gateway.script("civil-status", Reply.problem(503, "provider-down", Map.of()));

        assertThatThrownBy(() -> lgsp.service("civil-status", "v1").post("/births", Map.of("a", 1), String.class))
                .isInstanceOf(LgspException.ServiceUnavailable.class);
        assertThat(gateway.calls("/gw/civil-status")).hasSize(1);
    }

    @Test
    void retriesAPostThatCarriesAnIdempotencyKey() {
        gateway.script("civil-status", Reply.problem(504, "provider-timeout", Map.of()));

        String answer = lgsp.service("civil-status", "v1").request("POST", "/births").idempotencyKey("ks-0001")
                .body(Map.of("childFullName", "Trần Gia Bảo")).retrieve(String.class);

        assertThat(answer).contains("Trần Gia Bảo");
        assertThat(gateway.calls("/gw/civil-status")).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("Idempotency-Key")).isEqualTo("ks-0001"));
    }

    @Test
    void waitsAsLongAsRetryAfterSaysBeforeRetryingA429() {
        gateway.script("population", Reply.problem(429, "rate-limited", Map.of("Retry-After", "1")));

        long start = System.nanoTime();
        lgsp.service("population", "v1").get("/a", String.class);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(gateway.calls("/gw/population")).hasSize(2);
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsIsHandedToTheCaller() {
        gateway.script("population", Reply.problem(429, "quota-exceeded", Map.of("Retry-After", "3600")));

        assertThatThrownBy(() -> lgsp.service("population", "v1").get("/a", String.class))
                .isInstanceOfSatisfying(LgspException.RateLimited.class,
                        e -> assertThat(e.retryAfterSeconds()).isEqualTo(3600));
        assertThat(gateway.calls("/gw/population")).hasSize(1);
    }

    @Test
    void gatewayErrorsBecomeTypedExceptions() {
        assertThatThrownBy(() -> lgsp.service("tax", "v1").get("/notices", String.class))
                .isInstanceOfSatisfying(LgspException.Forbidden.class,
                        e -> assertThat(e.problem().code()).isEqualTo("not-subscribed"));
        assertThatThrownBy(() -> lgsp.service("land", "v1").get("/x", String.class))
                .isInstanceOf(LgspException.NotFound.class);
        gateway.script("population", Reply.problem(413, "payload-too-large", Map.of()),
                Reply.problem(400, "invalid-input", Map.of()));
        assertThatThrownBy(() -> lgsp.service("population", "v1").put("/a", "x".repeat(100), String.class))
                .isInstanceOf(LgspException.PayloadTooLarge.class);
        assertThatThrownBy(() -> lgsp.service("population", "v1").get("/a", String.class))
                .isInstanceOfSatisfying(LgspException.ClientError.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void wrongCredentialsAreRefusedByTheTokenEndpoint() {
        try (LgspClient wrong = LgspClient.builder().baseUrl(gateway.baseUrl()).credentials("vendor-a", "nope")
                .build()) {
            assertThatThrownBy(() -> wrong.service("population", "v1").get("/a", String.class))
                    .isInstanceOfSatisfying(LgspException.TokenRefused.class,
                            e -> assertThat(e.error()).isEqualTo("invalid_client"));
        }
    }

    @Test
    void submitsAsynchronouslyAndPollsUntilDelivered() {
        AsyncReceipt receipt = lgsp.service("civil-status", "v1").request("POST", "/births")
                .idempotencyKey("ks-0002").dossierCode("000.00.15.H92-261123-0001")
                .body(Map.of("childFullName", "Lê Ngọc Hân")).submitAsync();

        assertThat(receipt.status()).isEqualTo("QUEUED");
        assertThat(receipt.location().getPath()).isEqualTo("/gw/messages/" + receipt.messageId());
        assertThat(gateway.calls("/gw/civil-status").getFirst().header("Prefer")).isEqualTo("respond-async");
        assertThat(gateway.calls("/gw/civil-status").getFirst().header("X-Dossier-Code"))
                .isEqualTo("000.00.15.H92-261123-0001");

        MessageStatus status = lgsp.awaitMessage(receipt.messageId(), Duration.ofSeconds(5), Duration.ofMillis(20));
        assertThat(status.isDelivered()).isTrue();
        assertThat(status.responseStatus()).isEqualTo(201);
        assertThat(status.deliveredAt()).isEqualTo(Instant.parse("2026-11-23T03:00:00Z"));

        AsyncReceipt again = lgsp.service("civil-status", "v1").request("POST", "/births")
                .idempotencyKey("ks-0002").body(Map.of("childFullName", "Lê Ngọc Hân")).submitAsync();
        assertThat(again.messageId()).isEqualTo(receipt.messageId());
    }

    @Test
    void readsGenericTypesAndPassesQueryStrings() {
        gateway.script("population", Reply.json("[" + NHUNG + "," + NHUNG + "]"));

        List<Citizen> found = lgsp.service("population", "v1")
                .get("/citizens?name={name}", new TypeReference<List<Citizen>>() { }, "Nguyễn Thị Hồng Nhung");

        assertThat(found).hasSize(2);
        assertThat(gateway.calls("/gw/population").getFirst().path()).isEqualTo("/gw/population/v1/citizens");
    }

    private LgspClient client(Clock clock) {
        return LgspClient.builder().baseUrl(gateway.baseUrl())
                .credentials(ContractGateway.KEY, ContractGateway.SECRET).retry(fastRetry).clock(clock).build();
    }

    /** A clock tests move forward by hand. */
    static final class MutableClock extends Clock {
        private Instant now = Instant.now();

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
