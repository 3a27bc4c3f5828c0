package vn.tinhso.integration.queue;

import java.time.Instant;

/**
 * A message of the store-and-forward queue as callers and operators see it (contract: messageId, status,
 * attempts, responseStatus, deliveredAt).
 */
public record QueuedMessage(String messageId, String status, int attempts, Integer responseStatus,
        Instant deliveredAt, String consumerKey, String serviceCode, String serviceVersion, String method,
        String path, String correlationId, String dossierCode, String lastError, Instant createdAt) {
}
