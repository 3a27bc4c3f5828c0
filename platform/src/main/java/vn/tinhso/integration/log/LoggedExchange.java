package vn.tinhso.integration.log;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** A stored row of the message log, with the rule that chains it to the row before. */
public record LoggedExchange(long seq, Instant occurredAt, String correlationId, String dossierCode,
        String consumerKey, String serviceCode, String serviceVersion, String method, String path, int status,
        String outcome, long durationMicros, long requestBytes, long responseBytes, String requestBody,
        String responseBody, String prevHash, String hash) {

    private static final String SEPARATOR = "\u001f";
    private static final String NULL = "\u0000";

    static String hashOf(long seq, ExchangeRecord r, String prevHash) {
        String canonical = String.join(SEPARATOR, Long.toString(seq), r.occurredAt().toString(), r.correlationId(),
                nullable(r.dossierCode()), nullable(r.consumerKey()), nullable(r.serviceCode()),
                nullable(r.serviceVersion()), r.method(), r.path(), Integer.toString(r.status()), r.outcome(),
                Long.toString(r.durationMicros()), Long.toString(r.requestBytes()), Long.toString(r.responseBytes()),
                nullable(r.requestBody()), nullable(r.responseBody()), prevHash);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    ExchangeRecord content() {
        return new ExchangeRecord(occurredAt, correlationId, dossierCode, consumerKey, serviceCode, serviceVersion,
                method, path, status, outcome, durationMicros, requestBytes, responseBytes, requestBody,
                responseBody);
    }

    boolean contentMatches() {
        return hash.equals(hashOf(seq, content(), prevHash));
    }

    private static String nullable(String value) {
        return value == null ? NULL : value;
    }
}
