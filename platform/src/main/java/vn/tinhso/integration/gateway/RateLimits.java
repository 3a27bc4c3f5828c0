package vn.tinhso.integration.gateway;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.consumer.ConsumerDirectory;

/**
 * Rate limit and daily quota per consumer and service (Bucket4j token buckets, in this node's memory): a minute's
 * worth of requests may come in a burst, then they refill evenly; the daily quota refills a day after it was
 * opened. Limits changed by the provider take effect with a fresh bucket.
 */
@Component
class RateLimits {

    private final Map<String, Limited> buckets = new ConcurrentHashMap<>();

    /** Takes one request from the consumer's allowance or refuses with 429 and the seconds to wait. */
    void take(String consumerKey, String service, ConsumerDirectory.Limits limits) {
        String key = consumerKey + ' ' + service;
        Limited limited = buckets.get(key);
        if (limited == null || !limited.limits().equals(limits)) {
            limited = new Limited(limits, bucket(limits));
            buckets.put(key, limited);
        }
        ConsumptionProbe probe = limited.bucket().tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
            throw GatewayProblem.rateLimited(seconds, service, seconds);
        }
    }

    private static Bucket bucket(ConsumerDirectory.Limits limits) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(limits.perMinute()).refillGreedy(limits.perMinute(),
                        Duration.ofMinutes(1)))
                .addLimit(limit -> limit.capacity(limits.perDay()).refillIntervally(limits.perDay(),
                        Duration.ofDays(1)))
                .build();
    }

    private record Limited(ConsumerDirectory.Limits limits, Bucket bucket) {
    }
}
