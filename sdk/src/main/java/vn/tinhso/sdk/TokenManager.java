package vn.tinhso.sdk;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.locks.ReentrantLock;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches client-credentials tokens, keeps the current one, and fetches the next shortly before it expires (a
 * tenth of its lifetime, at most 30 seconds, early), so calls rarely wait for a token and never send a stale one.
 * One thread fetches while the others wait for its result.
 */
final class TokenManager {

    private final HttpClient http;
    private final URI tokenUri;
    private final String basicAuthorization;
    private final String scope;
    private final Duration timeout;
    private final JsonMapper json;
    private final Clock clock;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile AccessToken current;
    private volatile Instant renewAt = Instant.MIN;

    TokenManager(HttpClient http, URI tokenUri, String clientId, String clientSecret, String scope, Duration timeout,
                 JsonMapper json, Clock clock) {
        this.http = http;
        this.tokenUri = tokenUri;
        this.basicAuthorization = "Basic " + Base64.getEncoder().encodeToString(
                (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        this.scope = scope;
        this.timeout = timeout;
        this.json = json;
        this.clock = clock;
    }

    /** A token that is valid now and not about to expire. */
    AccessToken token() {
        AccessToken token = current;
        if (token != null && clock.instant().isBefore(renewAt)) {
            return token;
        }
        lock.lock();
        try {
            if (current == null || !clock.instant().isBefore(renewAt)) {
                fetch();
            }
            return current;
        } finally {
            lock.unlock();
        }
    }

    /** The gateway refused this token (401): drop it unless another thread has already replaced it. */
    void invalidate(AccessToken refused) {
        lock.lock();
        try {
            if (current != null && current.value().equals(refused.value())) {
                current = null;
            }
        } finally {
            lock.unlock();
        }
    }

    private void fetch() {
        String form = "grant_type=client_credentials"
                + (scope == null || scope.isBlank() ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(tokenUri).timeout(timeout)
                .header("Authorization", basicAuthorization)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LgspException.Unreachable("Token endpoint unreachable: " + tokenUri, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LgspException.Unreachable("Interrupted while fetching a token", null, e);
        }
        JsonNode body = parse(response.body());
        if (response.statusCode() != 200 || body == null || !body.hasNonNull("access_token")) {
            String error = body != null && body.hasNonNull("error") ? body.get("error").asString() : "invalid_response";
            throw new LgspException.TokenRefused(response.statusCode(), error);
        }
        long lifetime = body.path("expires_in").asLong(300);
        Instant now = clock.instant();
        current = new AccessToken(body.get("access_token").asString(), now.plusSeconds(lifetime),
                body.path("scope").asString(null));
        renewAt = now.plusSeconds(lifetime - Math.min(30, lifetime / 10));
    }

    private JsonNode parse(String body) {
        try {
            return body == null || body.isBlank() ? null : json.readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
