package vn.tinhso.sdk;

import java.util.List;
import java.util.Map;

/** A successful answer with its status, headers and the gateway's correlation id, for callers who need more than the body. */
public record LgspResponse<T>(int status, Map<String, List<String>> headers, T body, String correlationId) {

    public String header(String name) {
        return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
    }
}
