package vn.tinhso.notification.sms;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.notification.outbox.Delivery;
import vn.tinhso.notification.outbox.NotificationProperties;

/**
 * The HTTP JSON gateway: {@code POST {url}} with {@code {"to": "+84…", "text": "…"}}, headers
 * {@code Authorization: Bearer <api key>} and {@code Idempotency-Key}. A 2xx answer may carry the gateway's id as
 * {@code {"id": "…"}}.
 */
class HttpSmsGateway implements SmsGateway {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final NotificationProperties.Sms settings;
    private final JsonMapper json;
    private final HttpClient client;

    HttpSmsGateway(NotificationProperties.Sms settings, JsonMapper json) {
        this.settings = settings;
        this.json = json;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.timeout()).build();
    }

    @Override
    public boolean enabled() {
        return settings.configured();
    }

    @Override
    public Delivery send(Sms sms) {
        try {
            HttpResponse<String> answer = client.send(request(sms),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return outcome(answer, sms);
        } catch (ConnectException refused) {
            return new Delivery.Unavailable("SMS gateway unreachable: " + refused);
        } catch (HttpTimeoutException timeout) {
            return new Delivery.Retryable("SMS gateway timed out: " + timeout.getMessage());
        } catch (IOException failure) {
            return new Delivery.Retryable("SMS gateway call failed: " + failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return new Delivery.Retryable("interrupted while calling the SMS gateway");
        }
    }

    private HttpRequest request(Sms sms) {
        String body = json.writeValueAsString(Map.of("to", sms.to(), "text", sms.text()));
        return HttpRequest.newBuilder(URI.create(settings.url()))
                .timeout(settings.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Authorization", "Bearer " + settings.apiKey())
                .header(IDEMPOTENCY_KEY, sms.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private Delivery outcome(HttpResponse<String> answer, Sms sms) {
        int status = answer.statusCode();
        String error = "SMS gateway answered " + status + ": " + abbreviate(answer.body());
        if (status >= 200 && status < 300) {
            return new Delivery.Sent(gatewayId(answer.body(), sms.idempotencyKey()));
        }
        // 408 and 429 are the gateway asking for patience, not refusing the message.
        if (status >= 500 || status == 408 || status == 429) {
            return new Delivery.Retryable(error);
        }
        return new Delivery.Rejected(error);
    }

    private String gatewayId(String body, String fallback) {
        try {
            JsonNode id = json.readTree(body).get("id");
            return id != null && !id.isNull() ? id.asString() : fallback;
        } catch (JacksonException | IllegalArgumentException notJson) {
            return fallback;
        }
    }

    private static String abbreviate(String text) {
        return text == null || text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
