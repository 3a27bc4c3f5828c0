package vn.tinhso.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small real-HTTP client for tests: {@code api.get("/api/v1/...")}, {@code api.as("danhmuc").post(...)}.
 * Answers keep status, headers and the body parsed as JSON when it is JSON.
 */
public final class Api {

    public static final String DEMO_PASSWORD = "TinhSo@2026";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final Map<String, String> headers;

    private Api(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    public static Api at(int port) {
        return new Api("http://localhost:" + port, Map.of());
    }

    /** The same client signed in as a demo user. */
    public Api as(String username) {
        String token = Base64.getEncoder()
                .encodeToString((username + ":" + DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8));
        return with("Authorization", "Basic " + token);
    }

    public Api with(String header, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(header, value);
        return new Api(base, more);
    }

    public Answer get(String path) {
        return send(request(path).GET());
    }

    public Answer delete(String path) {
        return send(request(path).DELETE());
    }

    public Answer post(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(asJson(json))));
    }

    public Answer put(String path, Object json) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(asJson(json))));
    }

    public Answer post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A multipart/form-data upload of one file in {@code field}, as a browser's form sends it. */
    public Answer postFile(String path, String field, String fileName, String contentType, byte[] content) {
        String boundary = "----TinhSoBoundary" + UUID.randomUUID().toString().replace("-", "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return post(path, "multipart/form-data; boundary=" + boundary, body.toByteArray());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
        headers.forEach(builder::header);
        return builder;
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String asJson(Object body) {
        return body instanceof String text ? text : JSON.writeValueAsString(body);
    }

    /** One HTTP answer. */
    public record Answer(int status, String contentType, Map<String, java.util.List<String>> headers, byte[] bytes) {

        public String text() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        public JsonNode json() {
            return JSON.readTree(bytes);
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + text();
        }
    }
}
