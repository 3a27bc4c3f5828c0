package vn.tinhso.sdk;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server implementing the LGSP gateway contract (docs/sdk.md): token endpoint, bearer and scope checks,
 * problem+json errors, store-and-forward submission and message status. Providers' answers are scripted per test.
 */
final class ContractGateway implements AutoCloseable {

    static final String KEY = "vendor-a";
    static final String SECRET = "secret-a";

    /** An answer a scripted provider gives. */
    record Reply(int status, String contentType, String body, Map<String, String> headers) {
        static Reply json(String body) {
            return new Reply(200, "application/json", body, Map.of());
        }

        static Reply problem(int status, String code, Map<String, String> headers) {
            return new Reply(status, "application/problem+json",
                    "{\"type\":\"https://tinhso.vn/problems/%s\",\"title\":\"%s\",\"status\":%d,\"detail\":\"Lỗi %d\",\"code\":\"%s\",\"service\":\"population\"}"
                            .formatted(code, code, status, status, code), headers);
        }
    }

    /** A request the gateway received. */
    record Recorded(String method, String path, Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }
    }

    private static final Set<String> SUBSCRIBED = Set.of("population", "civil-status");
    private static final Set<String> PUBLISHED = Set.of("population", "civil-status", "tax");

    private final HttpServer server;
    private final Map<String, Instant> tokens = new ConcurrentHashMap<>();
    private final Map<String, Queue<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, String> messagesByKey = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> polls = new ConcurrentHashMap<>();
    final List<Recorded> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger tokensIssued = new AtomicInteger();
    volatile long tokenLifetimeSeconds = 300;
    volatile boolean refuseEveryToken;

    ContractGateway() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/gw/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/gw";
    }

    /** The next answers of a service, in order; after them the service echoes. */
    void script(String service, Reply... replies) {
        scripts.computeIfAbsent(service, k -> new ArrayDeque<>()).addAll(List.of(replies));
    }

    void expireAllTokens() {
        tokens.replaceAll((k, v) -> Instant.EPOCH);
    }

    List<Recorded> calls(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).toList();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(new Recorded(ex.getRequestMethod(), path, Map.copyOf(ex.getRequestHeaders()), body));
        String correlation = ex.getRequestHeaders().getFirst("X-Correlation-Id");
        ex.getResponseHeaders().add("X-Correlation-Id", correlation != null ? correlation : UUID.randomUUID().toString());
        if (path.equals("/gw/oauth2/token")) {
            token(ex, body);
            return;
        }
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        Instant expiry = auth == null || !auth.startsWith("Bearer ") ? null : tokens.get(auth.substring(7));
        if (expiry == null || expiry.isBefore(Instant.now()) || refuseEveryToken) {
            send(ex, Reply.problem(401, "invalid-token", Map.of()));
            return;
        }
        String[] parts = path.split("/");
        if (parts[2].equals("messages")) {
            messageStatus(ex, parts[3]);
            return;
        }
        String service = parts[2];
        if (!PUBLISHED.contains(service)) {
            send(ex, Reply.problem(404, "unknown-service", Map.of()));
        } else if (!SUBSCRIBED.contains(service)) {
            send(ex, Reply.problem(403, "not-subscribed", Map.of()));
        } else if ("respond-async".equals(ex.getRequestHeaders().getFirst("Prefer"))) {
            accept(ex);
        } else {
            Queue<Reply> script = scripts.get(service);
            Reply next = script == null ? null : script.poll();
            send(ex, next != null ? next : Reply.json(body.isEmpty()
                    ? "{\"path\":\"" + path + "\",\"method\":\"" + ex.getRequestMethod() + "\"}" : body));
        }
    }

    private void token(HttpExchange ex, String form) throws IOException {
        String auth = ex.getRequestHeaders().getFirst("Authorization");
        String expected = "Basic " + Base64.getEncoder().encodeToString((KEY + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(auth)) {
            send(ex, new Reply(401, "application/json", "{\"error\":\"invalid_client\"}", Map.of()));
            return;
        }
        if (!form.contains("grant_type=client_credentials")) {
            send(ex, new Reply(400, "application/json", "{\"error\":\"unsupported_grant_type\"}", Map.of()));
            return;
        }
        String token = UUID.randomUUID().toString();
        tokens.put(token, Instant.now().plusSeconds(tokenLifetimeSeconds));
        tokensIssued.incrementAndGet();
        send(ex, Reply.json("{\"access_token\":\"%s\",\"token_type\":\"Bearer\",\"expires_in\":%d,\"scope\":\"population civil-status\"}"
                .formatted(token, tokenLifetimeSeconds)));
    }

    private void accept(HttpExchange ex) throws IOException {
        String key = ex.getRequestHeaders().getFirst("Idempotency-Key");
        String id = key == null ? UUID.randomUUID().toString()
                : messagesByKey.computeIfAbsent(key, k -> UUID.randomUUID().toString());
        polls.putIfAbsent(id, new AtomicInteger());
        send(ex, new Reply(202, "application/json", "{\"messageId\":\"%s\",\"status\":\"QUEUED\"}".formatted(id),
                Map.of("Location", "/gw/messages/" + id)));
    }

    /** A message is QUEUED for its first two polls, then DELIVERED. */
    private void messageStatus(HttpExchange ex, String id) throws IOException {
        AtomicInteger count = polls.get(id);
        if (count == null) {
            send(ex, Reply.problem(404, "unknown-message", Map.of()));
            return;
        }
        boolean delivered = count.incrementAndGet() > 2;
        send(ex, Reply.json(delivered
                ? "{\"messageId\":\"%s\",\"status\":\"DELIVERED\",\"attempts\":2,\"responseStatus\":201,\"deliveredAt\":\"2026-11-23T03:00:00Z\"}".formatted(id)
                : "{\"messageId\":\"%s\",\"status\":\"QUEUED\",\"attempts\":1}".formatted(id)));
    }

    private static void send(HttpExchange ex, Reply reply) throws IOException {
        byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", reply.contentType());
        reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
        ex.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            ex.getResponseBody().write(bytes);
        }
        ex.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
