package vn.tinhso.sdk;

import java.time.Instant;

/**
 * Where a store-and-forward message stands: QUEUED (waiting or retrying), DELIVERED (the provider answered, with
 * {@code responseStatus}) or DEAD (given up after the gateway's retries).
 */
public record MessageStatus(String messageId, String status, int attempts, Integer responseStatus,
                            Instant deliveredAt) {

    public boolean isDelivered() {
        return "DELIVERED".equals(status);
    }

    /** Delivered or dead: polling again will not change it. */
    public boolean isFinal() {
        return isDelivered() || "DEAD".equals(status);
    }
}
