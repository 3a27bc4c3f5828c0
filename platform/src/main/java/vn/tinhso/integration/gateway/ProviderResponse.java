package vn.tinhso.integration.gateway;

import java.util.List;

/** A provider's answer, read whole. */
public record ProviderResponse(int status, List<String[]> headers, byte[] body, String contentType) {
}
