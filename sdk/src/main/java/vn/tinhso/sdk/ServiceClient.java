package vn.tinhso.sdk;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.type.TypeReference;

/**
 * Calls to one service version. Paths are relative to the service ({@code "/citizens/{id}"}); {@code {…}}
 * placeholders are filled in order with the given values, URL-encoded.
 */
public final class ServiceClient {

    private final LgspClient client;
    private final URI base;

    ServiceClient(LgspClient client, URI base) {
        this.client = client;
        this.base = base;
    }

    public <T> T get(String path, Class<T> type, Object... pathValues) {
        return request("GET", path, pathValues).retrieve(type);
    }

    public <T> T get(String path, TypeReference<T> type, Object... pathValues) {
        return request("GET", path, pathValues).retrieve(type);
    }

    public <T> T post(String path, Object body, Class<T> type, Object... pathValues) {
        return request("POST", path, pathValues).body(body).retrieve(type);
    }

    public <T> T put(String path, Object body, Class<T> type, Object... pathValues) {
        return request("PUT", path, pathValues).body(body).retrieve(type);
    }

    public void delete(String path, Object... pathValues) {
        request("DELETE", path, pathValues).retrieve(Void.class);
    }

    /** A call to build further: headers such as the dossier code, an idempotency key, asynchronous submission. */
    public Call request(String method, String path, Object... pathValues) {
        return new Call(client, method, base.resolve(expand(path, pathValues)));
    }

    static String expand(String path, Object... values) {
        StringBuilder out = new StringBuilder();
        String p = path.startsWith("/") ? path.substring(1) : path;
        int next = 0;
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            int close = c == '{' ? p.indexOf('}', i) : -1;
            if (close < 0) {
                out.append(c);
                continue;
            }
            if (next >= values.length) {
                throw new IllegalArgumentException("No value for " + p.substring(i, close + 1) + " in " + path);
            }
            out.append(URLEncoder.encode(String.valueOf(values[next++]), StandardCharsets.UTF_8).replace("+", "%20"));
            i = close;
        }
        return out.toString();
    }
}
