package vn.tinhso.sdk;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the LGSP gateway (or of the national platform, which has the same contract). Thread-safe; make one
 * per consumer key and keep it.
 *
 * <pre>{@code
 * LgspClient lgsp = LgspClient.builder()
 *         .baseUrl("https://lgsp.example.gov.vn/gw")
 *         .credentials(consumerKey, consumerSecret)
 *         .build();
 * Citizen c = lgsp.service("population", "v1").get("/citizens/{id}", Citizen.class, "094090001234");
 * }</pre>
 */
public final class LgspClient implements AutoCloseable {

    private final URI base;
    private final HttpClient http;
    private final boolean ownsHttpClient;
    private final JsonMapper json;
    private final TokenManager tokens;
    private final RetryPolicy retry;
    private final Duration timeout;

    private LgspClient(Builder b) {
        this.base = URI.create(b.baseUrl.endsWith("/") ? b.baseUrl : b.baseUrl + "/");
        this.ownsHttpClient = b.httpClient == null;
        this.http = b.httpClient != null ? b.httpClient
                : HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        this.json = b.jsonMapper != null ? b.jsonMapper
                : JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
        this.timeout = b.timeout;
        this.retry = b.retry;
        this.tokens = new TokenManager(http, base.resolve("oauth2/token"), b.clientId, b.clientSecret, b.scope,
                b.timeout, json, b.clock);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Calls to one service version: {@code {baseUrl}/{serviceCode}/{version}/…}. */
    public ServiceClient service(String serviceCode, String version) {
        return new ServiceClient(this, base.resolve(serviceCode + "/" + version + "/"));
    }

    /** The state of a message submitted with {@link Call#submitAsync()}. */
    public MessageStatus message(String messageId) {
        return new Call(this, "GET", base.resolve("messages/" + messageId)).retrieve(MessageStatus.class);
    }

    /**
     * Polls a message until it is delivered or dead, or until {@code timeout} has passed; answers the last state
     * seen either way.
     */
    public MessageStatus awaitMessage(String messageId, Duration timeout, Duration pollInterval) {
        Instant deadline = Instant.now().plus(timeout);
        MessageStatus status = message(messageId);
        while (!status.isFinal() && Instant.now().plus(pollInterval).isBefore(deadline)) {
            Call.sleep(pollInterval);
            status = message(messageId);
        }
        return status;
    }

    URI base() {
        return base;
    }

    HttpClient http() {
        return http;
    }

    JsonMapper json() {
        return json;
    }

    TokenManager tokens() {
        return tokens;
    }

    RetryPolicy retry() {
        return retry;
    }

    Duration timeout() {
        return timeout;
    }

    /** Closes the HTTP client the SDK made; one passed to {@link Builder#httpClient} stays open. */
    @Override
    public void close() {
        if (ownsHttpClient) {
            http.close();
        }
    }

    /** Settings of a client; only the base URL and the credentials are required. */
    public static final class Builder {
        private String baseUrl;
        private String clientId;
        private String clientSecret;
        private String scope;
        private RetryPolicy retry = RetryPolicy.defaults();
        private Duration timeout = Duration.ofSeconds(30);
        private HttpClient httpClient;
        private JsonMapper jsonMapper;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /** The gateway's base, e.g. {@code https://lgsp.example.gov.vn/gw}; the token endpoint is below it. */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = baseUrl;
            return this;
        }

        /** The consumer key and secret the LGSP issued to this system. */
        public Builder credentials(String clientId, String clientSecret) {
            this.clientId = clientId;
            this.clientSecret = clientSecret;
            return this;
        }

        /** Service codes to ask the token for; by default the token covers every subscribed service. */
        public Builder scope(String... serviceCodes) {
            this.scope = String.join(" ", serviceCodes);
            return this;
        }

        public Builder retry(RetryPolicy retry) {
            this.retry = Objects.requireNonNull(retry);
            return this;
        }

        /** Time-out of one HTTP exchange (default 30 s). */
        public Builder timeout(Duration timeout) {
            this.timeout = Objects.requireNonNull(timeout);
            return this;
        }

        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        public Builder jsonMapper(JsonMapper jsonMapper) {
            this.jsonMapper = jsonMapper;
            return this;
        }

        /** For tests of token renewal. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock);
            return this;
        }

        public LgspClient build() {
            Objects.requireNonNull(baseUrl, "baseUrl");
            Objects.requireNonNull(clientId, "credentials");
            Objects.requireNonNull(clientSecret, "credentials");
            return new LgspClient(this);
        }
    }
}
