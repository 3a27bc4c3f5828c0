package vn.tinhso.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;

/**
 * One call to the gateway, built up and then sent once with {@link #retrieve}, {@link #exchange} or
 * {@link #submitAsync}. Sending adds the bearer token, a correlation id kept across retries, and JSON headers;
 * answers 401 once by fetching a fresh token; retries idempotent calls as the {@link RetryPolicy} says.
 */
public final class Call {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE", "OPTIONS");
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    private final LgspClient client;
    private final String method;
    private final URI uri;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Object body;
    private String correlationId;
    private boolean hasIdempotencyKey;

    Call(LgspClient client, String method, URI uri) {
        this.client = client;
        this.method = method;
        this.uri = uri;
    }

    public Call header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The dossier this call is about ({@code X-Dossier-Code}): the gateway's message log can be searched by it. */
    public Call dossierCode(String dossierCode) {
        return header("X-Dossier-Code", dossierCode);
    }

    /** Use this correlation id instead of a new one, to tie the call to the caller's own request. */
    public Call correlationId(String correlationId) {
        this.correlationId = correlationId;
        return this;
    }

    /**
     * An {@code Idempotency-Key}: the provider (or the gateway's queue) does the work once however often the key is
     * sent, so the SDK may retry this call even when it is a POST.
     */
    public Call idempotencyKey(String key) {
        hasIdempotencyKey = true;
        return header("Idempotency-Key", key);
    }

    /** The request body: a {@code String} or {@code byte[]} is sent as it is, anything else as JSON. */
    public Call body(Object body) {
        this.body = body;
        return this;
    }

    public <T> T retrieve(Class<T> type) {
        return exchange(type).body();
    }

    public <T> T retrieve(TypeReference<T> type) {
        return this.<T>exchange(client.json().getTypeFactory().constructType(type)).body();
    }

    public <T> LgspResponse<T> exchange(Class<T> type) {
        return this.<T>exchange(client.json().getTypeFactory().constructType(type));
    }

    /**
     * Hands the call to the gateway's store-and-forward queue ({@code Prefer: respond-async}) and answers at once
     * with the message id; poll it with {@link LgspClient#message} or {@link LgspClient#awaitMessage}.
     */
    public AsyncReceipt submitAsync() {
        header("Prefer", "respond-async");
        HttpResponse<String> response = execute();
        String correlation = correlation(response);
        if (response.statusCode() != 202) {
            if (response.statusCode() / 100 != 2) {
                throw failure(response, correlation);
            }
            throw new LgspException("Expected 202 Accepted for an asynchronous call, got " + response.statusCode(),
                    response.statusCode(), null, correlation, null);
        }
        JsonNode node = client.json().readTree(response.body());
        String location = response.headers().firstValue("Location").orElse(null);
        return new AsyncReceipt(node.path("messageId").asString(null), node.path("status").asString("QUEUED"),
                location == null ? null : uri.resolve(location));
    }

    private <T> LgspResponse<T> exchange(JavaType type) {
        HttpResponse<String> response = execute();
        String correlation = correlation(response);
        if (response.statusCode() / 100 != 2) {
            throw failure(response, correlation);
        }
        return new LgspResponse<>(response.statusCode(), response.headers().map(), read(response.body(), type),
                correlation);
    }

    @SuppressWarnings("unchecked")
    private <T> T read(String text, JavaType type) {
        if (type.getRawClass() == Void.class || text == null || text.isEmpty()) {
            return null;
        }
        if (type.getRawClass() == String.class) {
            return (T) text;
        }
        return client.json().readValue(text, type);
    }

    private HttpResponse<String> execute() {
        String correlation = correlationId != null ? correlationId : UUID.randomUUID().toString();
        boolean retryable = IDEMPOTENT.contains(method) || hasIdempotencyKey;
        RetryPolicy policy = client.retry();
        boolean tokenRenewed = false;
        int attempt = 1;
        while (true) {
            AccessToken token = client.tokens().token();
            HttpResponse<String> response;
            try {
                response = client.http().send(request(token, correlation),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                if (retryable && attempt < policy.maxAttempts()) {
                    sleep(policy.backoff(attempt++, 0, ThreadLocalRandom.current().nextDouble()));
                    continue;
                }
                throw new LgspException.Unreachable(method + " " + uri + " failed: " + e, correlation, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LgspException.Unreachable("Interrupted: " + method + " " + uri, correlation, e);
            }
            int status = response.statusCode();
            if (status == 401 && !tokenRenewed) {
                // The token expired or was revoked between our check and the gateway's: one fresh try.
                client.tokens().invalidate(token);
                tokenRenewed = true;
                continue;
            }
            if (retryable && attempt < policy.maxAttempts() && RETRYABLE.contains(status)) {
                Duration wait = policy.backoff(attempt, retryAfter(response),
                        ThreadLocalRandom.current().nextDouble());
                if (wait != null) {
                    attempt++;
                    sleep(wait);
                    continue;
                }
            }
            return response;
        }
    }

    private HttpRequest request(AccessToken token, String correlation) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(client.timeout())
                .header("Authorization", "Bearer " + token.value())
                .header("X-Correlation-Id", correlation)
                .header("Accept", "application/json, application/problem+json")
                .header("User-Agent", "tinhso-sdk/0.1");
        headers.forEach(builder::header);
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
        }
        if (!headers.containsKey("Content-Type")) {
            builder.header("Content-Type", "application/json");
        }
        HttpRequest.BodyPublisher publisher = switch (body) {
            case byte[] bytes -> HttpRequest.BodyPublishers.ofByteArray(bytes);
            case String text -> HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8);
            default -> HttpRequest.BodyPublishers.ofByteArray(client.json().writeValueAsBytes(body));
        };
        return builder.method(method, publisher).build();
    }

    private LgspException failure(HttpResponse<String> response, String correlation) {
        return LgspException.of(response.statusCode(), problem(response), correlation, retryAfter(response));
    }

    private Problem problem(HttpResponse<String> response) {
        String type = response.headers().firstValue("Content-Type").orElse("");
        if (!type.contains("json")) {
            return Problem.ofStatus(response.statusCode(), response.body());
        }
        try {
            JsonNode n = client.json().readTree(response.body());
            Map<String, Object> rest = new LinkedHashMap<>();
            n.properties().forEach(e -> {
                if (!Set.of("type", "title", "status", "detail", "instance", "code").contains(e.getKey())) {
                    rest.put(e.getKey(), client.json().treeToValue(e.getValue(), Object.class));
                }
            });
            return new Problem(n.path("type").asString("about:blank"), n.path("title").asString(null),
                    n.path("status").asInt(response.statusCode()), n.path("detail").asString(null),
                    n.path("instance").asString(null), n.path("code").asString(null), rest);
        } catch (RuntimeException e) {
            return Problem.ofStatus(response.statusCode(), response.body());
        }
    }

    private String correlation(HttpResponse<String> response) {
        return response.headers().firstValue("X-Correlation-Id")
                .orElse(response.request().headers().firstValue("X-Correlation-Id").orElse(null));
    }

    private static long retryAfter(HttpResponse<String> response) {
        try {
            return response.headers().firstValue("Retry-After").map(String::trim).map(Long::parseLong).orElse(0L);
        } catch (NumberFormatException e) {
            return 0;  // an HTTP date: treat as "no advice" and use the policy's back-off
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException.Unreachable("Interrupted while waiting to retry", null, e);
        }
    }
}
