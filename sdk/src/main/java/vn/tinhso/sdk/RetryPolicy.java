package vn.tinhso.sdk;

import java.time.Duration;

/**
 * How idempotent calls (GET, HEAD, PUT, DELETE, or any call with an {@code Idempotency-Key}) are retried after 429,
 * 502, 503, 504 or a connection failure: up to {@code maxAttempts} in all, waiting {@code initialBackoff} and then
 * twice as long each time up to {@code maxBackoff}, or the server's {@code Retry-After} when it is not longer than
 * {@code maxBackoff}. Waits get up to 20% random jitter so that many clients do not retry in step.
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1");
        }
    }

    public static RetryPolicy defaults() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    public static RetryPolicy none() {
        return new RetryPolicy(1, Duration.ZERO, Duration.ZERO);
    }

    /** The wait before attempt {@code attempt + 1}; {@code null} when the server's Retry-After is too long. */
    Duration backoff(int attempt, long retryAfterSeconds, double random) {
        if (retryAfterSeconds > 0) {
            Duration asked = Duration.ofSeconds(retryAfterSeconds);
            return asked.compareTo(maxBackoff) <= 0 ? asked : null;
        }
        long base = initialBackoff.toMillis() << Math.min(attempt - 1, 20);
        long capped = Math.min(base, maxBackoff.toMillis());
        return Duration.ofMillis(capped + (long) (capped * 0.2 * random));
    }
}
