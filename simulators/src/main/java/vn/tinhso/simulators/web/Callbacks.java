package vn.tinhso.simulators.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pushes signed JSON callbacks to partners' URLs, as VNPost and payment gateways do: header
 * {@code X-Signature: <hex HMAC-SHA256 of the body>}, up to 4 attempts 1, 2 and 4 seconds apart until a 2xx.
 */
@Component
public class Callbacks implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Callbacks.class);
    private static final int ATTEMPTS = 4;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);

    public void schedule(Runnable task, Duration delay) {
        scheduler.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    public void send(String url, String json, String secret) {
        attempt(url, json, secret, 1);
    }

    private void attempt(String url, String json, String secret, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json; charset=utf-8")
                .header("X-Signature", Hmac.sign(secret, json))
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, error) -> {
            boolean delivered = error == null && response.statusCode() / 100 == 2;
            if (!delivered && attempt < ATTEMPTS) {
                schedule(() -> attempt(url, json, secret, attempt + 1), Duration.ofSeconds(1L << (attempt - 1)));
            } else if (!delivered) {
                log.warn("Callback to {} failed after {} attempts", url, ATTEMPTS);
            }
        });
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        http.close();
    }
}
