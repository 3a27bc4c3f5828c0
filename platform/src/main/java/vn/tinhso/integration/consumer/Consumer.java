package vn.tinhso.integration.consumer;

import java.time.Instant;

/**
 * Hệ thống khai thác: a system that calls services through the gateway, known by its consumer key. The secret is
 * never kept, only its hash.
 *
 * @param generation bumped when the secret is rotated or the consumer revoked; tokens of older generations fail
 */
public record Consumer(String key, String name, String agencyCode, String contact, int generation,
        ConsumerStatus status, Instant createdAt) {
}
