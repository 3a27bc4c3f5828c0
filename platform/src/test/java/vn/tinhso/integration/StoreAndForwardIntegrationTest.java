package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.Eventually;

/**
 * Store-and-forward with real providers: calls queued while the provider is down reach it once it is back, each
 * exactly once, even when an answer is lost and the delivery repeated; dead letters can be replayed.
 */
class StoreAndForwardIntegrationTest extends LgspIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void messagesQueuedWhileTheProviderIsDownAreDeliveredExactlyOnceWhenItRecovers() {
        String code = Lgsp.code("ho-tich");
        Provider provider = Provider.down(request -> Provider.Answer.json(201,
                "{\"registrationNumber\":\"KS-" + request.header("Idempotency-Key").substring(0, 8) + "\"}"));
        lgsp.publish(Lgsp.rest(code, provider.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code))).with("Prefer", "respond-async");

        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Api.Answer accepted = caller.with("X-Dossier-Code", "000.00.51.H92-261123-000" + i)
                    .post("/gw/" + code + "/1.0/births", Map.of("child", "Nguyễn Văn Bình " + i));
            assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
            assertThat(accepted.json().get("status").asString()).isEqualTo("QUEUED");
            assertThat(accepted.header("Location")).isEqualTo("/gw/messages/" + accepted.json().get("messageId")
                    .asString());
            ids.add(accepted.json().get("messageId").asString());
        }
        Eventually.await("every message was tried while the provider is down", WAIT,
                () -> ids.stream().allMatch(id -> status(caller, id).get("attempts").asInt() >= 1));
        assertThat(ids).allMatch(id -> status(caller, id).get("status").asString().equals("QUEUED"));

        provider.start();
        try {
            Eventually.await("every message was delivered", WAIT,
                    () -> ids.stream().allMatch(id -> status(caller, id).get("status").asString()
                            .equals("DELIVERED")));
            Eventually.pause(Duration.ofMillis(800));

            assertThat(provider.executions()).as("each message acted on once").isEqualTo(5);
            Set<String> keys = provider.received().stream().map(r -> r.header("Idempotency-Key"))
                    .collect(Collectors.toSet());
            assertThat(keys).containsExactlyInAnyOrderElementsOf(ids);
            JsonNode delivered = status(caller, ids.getFirst());
            assertThat(delivered.get("responseStatus").asInt()).isEqualTo(201);
            assertThat(delivered.get("deliveredAt").isNull()).isFalse();
        } finally {
            provider.close();
        }
    }

    @Test
    void aDeliveryWhoseAnswerWasLostIsRepeatedWithTheSameKeyAndActedOnOnce() {
        String code = Lgsp.code("cap-so");
        try (Provider provider = Provider.start(request -> {
            // The answer comes too late for the gateway: it gives up, though the provider has acted. The provider
            // remembers the answer under the idempotency key and gives it at once to the repeated delivery.
            return Provider.Answer.json(201, "{\"cardNumber\":\"HS4920012345678\"}").delayed(1500);
        })) {
            Map<String, Object> service = Lgsp.rest(code, provider.url());
            service.put("timeoutMs", 300);
            lgsp.publish(service);
            Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code))).with("Prefer", "respond-async");

            String id = caller.post("/gw/" + code + "/1.0/cards", Map.of("personalId", "092090001234")).json()
                    .get("messageId").asString();

            Eventually.await("the message was delivered", WAIT,
                    () -> status(caller, id).get("status").asString().equals("DELIVERED"));
            assertThat(provider.received()).as("delivered twice").hasSizeGreaterThanOrEqualTo(2)
                    .allMatch(r -> id.equals(r.header("Idempotency-Key")));
            assertThat(provider.executions()).as("acted on once").isEqualTo(1);
            assertThat(status(caller, id).get("attempts").asInt()).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheFirstMessage() {
        String code = Lgsp.code("ho-tich");
        try (Provider provider = Provider.start(request -> Provider.Answer.json(200, "{}"))) {
            lgsp.publish(Lgsp.rest(code, provider.url()));
            Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code))).with("Prefer", "respond-async")
                    .with("Idempotency-Key", "ho-so-0001");

            String first = caller.post("/gw/" + code + "/1.0/births", Map.of("n", 1)).json().get("messageId")
                    .asString();
            String second = caller.post("/gw/" + code + "/1.0/births", Map.of("n", 2)).json().get("messageId")
                    .asString();

            assertThat(second).isEqualTo(first);
            Eventually.await("delivered", WAIT, () -> provider.executions() == 1);
            Eventually.pause(Duration.ofMillis(600));
            assertThat(provider.executions()).isEqualTo(1);
        }
    }

    @Test
    void aMessageTheProviderKeepsFailingIsDeadAndAnOperatorReplaysIt() {
        String code = Lgsp.code("thue");
        boolean[] healthy = {false};
        try (Provider provider = Provider.start(request -> healthy[0] ? Provider.Answer.json(200, "{}")
                : Provider.Answer.json(500, "{\"error\":\"database locked\"}"))) {
            lgsp.publish(Lgsp.rest(code, provider.url()));
            Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code))).with("Prefer", "respond-async");
            String id = caller.post("/gw/" + code + "/1.0/declarations", Map.of("taxCode", "1800123456"))
                    .json().get("messageId").asString();

            Eventually.await("the message is dead after 3 attempts", WAIT,
                    () -> status(caller, id).get("status").asString().equals("DEAD"));
            Api.Answer dead = api.as("quantri").get("/api/v1/integration/messages?status=DEAD&service=" + code);
            assertThat(dead.json()).hasSize(1);
            assertThat(dead.json().get(0).get("lastError").asString()).contains("500");
            assertThat(api.as("kiemtra").post("/api/v1/integration/messages/" + id + "/replay", Map.of()).status())
                    .isEqualTo(403);

            healthy[0] = true;
            Api.Answer replayed = api.as("quantri").post("/api/v1/integration/messages/" + id + "/replay",
                    Map.of());
            assertThat(replayed.status()).as(replayed.toString()).isEqualTo(200);
            Eventually.await("the replayed message is delivered", WAIT,
                    () -> status(caller, id).get("status").asString().equals("DELIVERED"));
            Api.Answer audit = api.as("kiemtra").get("/api/v1/audit/entries?objectType=IntegrationMessage&objectId="
                    + id);
            assertThat(audit.text()).contains("integration.message.replayed");
        }
    }

    @Test
    void aConsumerSeesOnlyItsOwnMessages() {
        String code = Lgsp.code("ho-tich");
        try (Provider provider = Provider.start(request -> Provider.Answer.json(200, "{}"))) {
            lgsp.publish(Lgsp.rest(code, provider.url()));
            Api owner = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));
            Api stranger = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));
            String id = owner.with("Prefer", "respond-async").post("/gw/" + code + "/1.0/x", Map.of()).json()
                    .get("messageId").asString();

            assertThat(owner.get("/gw/messages/" + id).status()).isEqualTo(200);
            GatewayIntegrationTest.assertProblem(stranger.get("/gw/messages/" + id), 404, "gateway-message-unknown");
        }
    }

    private static JsonNode status(Api caller, String id) {
        Api.Answer answer = caller.get("/gw/messages/" + id);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }
}
