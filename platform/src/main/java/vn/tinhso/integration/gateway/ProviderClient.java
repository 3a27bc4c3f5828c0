package vn.tinhso.integration.gateway;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.ConnectTimeoutException;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NoHttpResponseException;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.national.NationalPlatform;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.ServiceKind;

/**
 * Calls providers over a pooled, keep-alive HTTP client (blocking: each request runs on its own virtual thread),
 * with the service's time-out, retries of idempotent calls after connection failures, and one circuit breaker per
 * service so a provider that is down costs its consumers a fast 503 instead of a time-out each.
 */
@Component
public class ProviderClient implements DisposableBean {

    /** Hop-by-hop and recomputed headers (RFC 9110 §7.6.1), never passed on. */
    static final Set<String> NOT_FORWARDED = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "te", "trailer", "transfer-encoding", "upgrade", "host", "content-length",
            "authorization", "prefer", "expect");

    private final CloseableHttpClient http;
    private final CircuitBreakerRegistry breakers;
    private final RetryConfig retryConfig;
    private final java.util.concurrent.ConcurrentHashMap<String, Retry> retries =
            new java.util.concurrent.ConcurrentHashMap<>();
    private final NationalPlatform national;

    ProviderClient(IntegrationProperties properties, NationalPlatform national) {
        IntegrationProperties.Gateway settings = properties.gateway();
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(Math.max(1, settings.maxConnections() / 2))
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(settings.connectTimeout()))
                        .setValidateAfterInactivity(TimeValue.ofSeconds(2))
                        .build())
                .build();
        this.http = HttpClients.custom().setConnectionManager(pool)
                .disableCookieManagement().disableRedirectHandling().disableAutomaticRetries()
                .disableContentCompression().disableAuthCaching()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
        this.breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .failureRateThreshold(settings.breakerFailureRate())
                .slidingWindowSize(settings.breakerWindow())
                .minimumNumberOfCalls(settings.breakerMinimumCalls())
                .waitDurationInOpenState(settings.breakerOpenFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build());
        this.retryConfig = RetryConfig.custom()
                .maxAttempts(1 + settings.retries())
                .waitDuration(settings.retryWait())
                .retryOnException(ProviderClient::connectionFailure)
                .build();
        this.national = national;
    }

    /** Calls the provider of {@code service}; failures become 503 (down, circuit open) or 504 (time-out). */
    public ProviderResponse call(ServiceDefinition service, ProviderRequest request) {
        CircuitBreaker breaker = breakers.circuitBreaker(service.key());
        if (!breaker.tryAcquirePermission()) {
            throw circuitOpen(service);
        }
        long start = System.nanoTime();
        try {
            ProviderResponse response = request.idempotent()
                    ? retries.computeIfAbsent(service.key(), key -> Retry.of(key, retryConfig))
                            .executeCheckedSupplier(() -> send(service, request))
                    : send(service, request);
            if (response.status() >= 500) {
                breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS,
                        new IOException("provider answered " + response.status()));
            } else {
                breaker.onSuccess(System.nanoTime() - start, TimeUnit.NANOSECONDS);
            }
            return response;
        } catch (Throwable failure) {
            breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, failure);
            throw translate(service, failure);
        }
    }

    /** The circuit breaker of {@code service}, shared with the data plane's {@link ProviderChannels}. */
    CircuitBreaker breaker(ServiceDefinition service) {
        return breakers.circuitBreaker(service.key());
    }

    /** Whether the circuit of {@code service} lets calls through now (the queue waits instead of failing). */
    public boolean available(ServiceDefinition service) {
        return breakers.circuitBreaker(service.key()).getState() != CircuitBreaker.State.OPEN;
    }

    private ProviderResponse send(ServiceDefinition service, ProviderRequest request) throws IOException {
        ProviderResponse response = sendOnce(service, request, false);
        if (service.kind() == ServiceKind.NATIONAL && response.status() == 401) {
            // The national token may have been revoked early: fetch a fresh one and try once more.
            national.invalidate();
            response = sendOnce(service, request, true);
        }
        return response;
    }

    private ProviderResponse sendOnce(ServiceDefinition service, ProviderRequest request, boolean again)
            throws IOException {
        HttpUriRequestBase outgoing = new HttpUriRequestBase(request.method(), java.net.URI.create(request.url()));
        outgoing.setConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(service.timeoutMs()))
                .setConnectionRequestTimeout(Timeout.ofMilliseconds(service.timeoutMs()))
                .build());
        for (String[] header : request.headers()) {
            // The entity carries the content type.
            if (!"content-type".equalsIgnoreCase(header[0])) {
                outgoing.addHeader(header[0], header[1]);
            }
        }
        if (service.kind() == ServiceKind.NATIONAL) {
            outgoing.setHeader("Authorization", "Bearer " + national.bearer());
        }
        if (request.body() != null && request.body().length > 0) {
            outgoing.setEntity(new ByteArrayEntity(request.body(), request.contentType() == null ? null
                    : ContentType.parseLenient(request.contentType())));
        }
        return http.execute(outgoing, answer -> {
            HttpEntity entity = answer.getEntity();
            byte[] body = entity == null ? new byte[0] : EntityUtils.toByteArray(entity);
            List<String[]> headers = new ArrayList<>();
            for (Header header : answer.getHeaders()) {
                if (!NOT_FORWARDED.contains(header.getName().toLowerCase(Locale.ROOT))) {
                    headers.add(new String[] {header.getName(), header.getValue()});
                }
            }
            return new ProviderResponse(answer.getCode(), headers, body,
                    entity == null ? null : entity.getContentType());
        });
    }

    private static boolean connectionFailure(Throwable failure) {
        return failure instanceof ConnectException || failure instanceof NoHttpResponseException
                || failure instanceof ConnectTimeoutException;
    }

    private static GatewayProblem translate(ServiceDefinition service, Throwable failure) {
        if (failure instanceof GatewayProblem problem) {
            return problem;
        }
        if (failure instanceof SocketTimeoutException
                || (failure instanceof InterruptedIOException && !(failure instanceof ConnectTimeoutException))) {
            return timedOut(service);
        }
        return unavailable(service);
    }

    static GatewayProblem timedOut(ServiceDefinition service) {
        return new GatewayProblem("gateway-provider-timeout", HttpStatus.GATEWAY_TIMEOUT,
                GatewayProblem.Outcome.TIMEOUT, service.key(), service.timeoutMs());
    }

    static GatewayProblem unavailable(ServiceDefinition service) {
        return new GatewayProblem("gateway-provider-unavailable", HttpStatus.SERVICE_UNAVAILABLE,
                GatewayProblem.Outcome.UNAVAILABLE, service.key());
    }

    static GatewayProblem circuitOpen(ServiceDefinition service) {
        return new GatewayProblem("gateway-circuit-open", HttpStatus.SERVICE_UNAVAILABLE,
                GatewayProblem.Outcome.UNAVAILABLE, service.key());
    }

    @Override
    public void destroy() throws IOException {
        http.close();
    }
}
