package vn.tinhso.sdk;

import java.util.Map;

/**
 * An RFC 9457 problem the gateway or a provider answered with: type, title, status, detail, instance, the
 * platform's stable error {@code code} when present, and any other members.
 */
public record Problem(String type, String title, int status, String detail, String instance, String code,
                      Map<String, Object> properties) {

    public Problem {
        properties = properties == null ? Map.of() : Map.copyOf(properties);
    }

    static Problem ofStatus(int status, String body) {
        return new Problem("about:blank", null, status, body == null || body.isBlank() ? null : abbreviate(body),
                null, null, Map.of());
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
