package vn.tinhso.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server implementing the national platform's side of the LGSP contract: {@code POST /oauth2/token}
 * (client credentials with HTTP Basic) and {@code /{serviceCode}/{version}/**} that accept only its own tokens.
 * The population lookup answers a citizen by personal id.
 */
final class NationalSimulator {

    static final String PROVINCE_KEY = "tinh-can-tho";
    static final String PROVINCE_SECRET = "bi-mat-quoc-gia";

    private static NationalSimulator shared;

    private final HttpServer server;
    private final Set<String> issued = ConcurrentHashMap.newKeySet();
    private final AtomicInteger tokenRequests = new AtomicInteger();
    private final AtomicInteger serviceCalls = new AtomicInteger();

    private NationalSimulator() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    static synchronized NationalSimulator shared() {
        if (shared == null) {
            shared = new NationalSimulator();
        }
        return shared;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int tokenRequests() {
        return tokenRequests.get();
    }

    int serviceCalls() {
        return serviceCalls.get();
    }

    /** Forgets every token issued, as the national platform does when it rotates its keys. */
    void revokeAllTokens() {
        issued.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/oauth2/token")) {
            token(exchange);
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !issued.contains(authorization.replace("Bearer ", ""))) {
            send(exchange, 401, "{\"error\":\"invalid_token\"}");
            return;
        }
        serviceCalls.incrementAndGet();
        if (path.startsWith("/population-lookup/1.0/citizens/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, 200, "{\"personalId\":\"" + id + "\",\"fullName\":\"Trần Thị Bích Ngọc\","
                    + "\"dateOfBirth\":\"1990-04-12\",\"source\":\"CSDLQG về dân cư\"}");
        } else {
            send(exchange, 404, "{\"error\":\"not_found\"}");
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        tokenRequests.incrementAndGet();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String expected = "Basic " + Base64.getEncoder().encodeToString((PROVINCE_KEY + ":" + PROVINCE_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))
                || !body.contains("grant_type=client_credentials")) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        String token = UUID.randomUUID().toString();
        issued.add(token);
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"scope\":\"population-lookup\"}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
