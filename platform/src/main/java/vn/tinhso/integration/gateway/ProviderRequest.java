package vn.tinhso.integration.gateway;

import java.util.List;

/** A call the gateway makes to a provider: the full URL, the headers to pass on, the body. */
public record ProviderRequest(String method, String url, List<String[]> headers, byte[] body, String contentType) {

    /** GET, HEAD, PUT, DELETE, OPTIONS may be repeated without changing the outcome (RFC 9110 §9.2.2). */
    public boolean idempotent() {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }
}
