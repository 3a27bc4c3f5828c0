package vn.tinhso.integration.national;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.IntegrationProperties;

/**
 * The province's client of the national platform (NGSP/NDXP): obtains an access token with the province's consumer
 * key and secret (OAuth2 client credentials, the same contract the LGSP offers) and keeps it until shortly before
 * it expires. The gateway puts it on every call to a {@code NATIONAL} service.
 */
@Component
public class NationalPlatform {

    /** Renew this long before the national token expires, so no call carries a token about to lapse. */
    private static final Duration MARGIN = Duration.ofSeconds(30);

    private final IntegrationProperties.National settings;
    private final JsonMapper json;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile CachedToken token;

    NationalPlatform(IntegrationProperties properties, JsonMapper json) {
        this.settings = properties.national();
        this.json = json;
    }

    /** A valid national bearer token, fetched when none is held or it is about to expire. */
    public String bearer() throws IOException {
        CachedToken held = token;
        if (held != null && Instant.now().isBefore(held.renewAt())) {
            return held.value();
        }
        synchronized (this) {
            held = token;
            if (held == null || !Instant.now().isBefore(held.renewAt())) {
                token = held = fetch();
            }
            return held.value();
        }
    }

    /** Drops the held token after the national platform refused it. */
    public void invalidate() {
        token = null;
    }

    private CachedToken fetch() throws IOException {
        if (!settings.configured()) {
            throw new IOException("No national platform configured (tinhso.integration.national.base-url)");
        }
        String basic = Base64.getEncoder().encodeToString((settings.consumerKey() + ":" + settings.consumerSecret())
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(strip(settings.baseUrl()) + settings.tokenPath()))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IOException("National token endpoint answered " + response.statusCode() + ": "
                        + response.body());
            }
            JsonNode body = json.readTree(response.body());
            long expiresIn = body.path("expires_in").asLong(300);
            Instant renewAt = Instant.now().plusSeconds(expiresIn).minus(MARGIN);
            return new CachedToken(body.path("access_token").asString(), renewAt);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while fetching the national token", e);
        }
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private record CachedToken(String value, Instant renewAt) {
    }
}
