package vn.tinhso.integration.log;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * One exchange through the gateway as the message log keeps it (nhật ký trao đổi): metadata always, bodies only
 * when the service's policy says so.
 *
 * @param outcome what happened: {@code SUCCESS}, {@code PROVIDER_ERROR}, {@code REJECTED}, {@code QUEUED}, ...
 */
public record ExchangeRecord(Instant occurredAt, String correlationId, String dossierCode, String consumerKey,
        String serviceCode, String serviceVersion, String method, String path, int status, String outcome,
        long durationMicros, long requestBytes, long responseBytes, String requestBody, String responseBody) {

    public ExchangeRecord {
        // PostgreSQL keeps microseconds: hash exactly what will be read back.
        occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
    }
}
