package vn.tinhso.audit.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One row of the audit log and the rule that chains it: its hash is SHA-256 over its own fields and the previous
 * row's hash, so changing, removing or reordering any row breaks every hash after it.
 */
public record AuditRow(long seq, Instant occurredAt, String actor, String action, String objectType,
        String objectId, String before, String after, String correlationId, String prevHash, String hash) {

    /** Field separator that cannot appear in JSON text or identifiers unescaped. */
    private static final char SEPARATOR = '\u001f';

    static String hashOf(long seq, Instant occurredAt, String actor, String action, String objectType,
            String objectId, String before, String after, String correlationId, String prevHash) {
        String canonical = String.join(String.valueOf(SEPARATOR), Long.toString(seq), occurredAt.toString(), actor,
                action, objectType, objectId, nullable(before), nullable(after), correlationId, prevHash);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** Whether the stored hash still matches the stored content. */
    boolean contentMatches() {
        return hash.equals(hashOf(seq, occurredAt, actor, action, objectType, objectId, before, after, correlationId,
                prevHash));
    }

    private static String nullable(String json) {
        return json == null ? "\u0000" : json;
    }
}
