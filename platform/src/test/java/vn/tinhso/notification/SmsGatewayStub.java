package vn.tinhso.notification;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real HTTP SMS gateway on a free port: answers each number with the statuses scripted for it (then 200), and
 * records every call.
 */
final class SmsGatewayStub implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Call(String to, String text, String idempotencyKey, String authorization, int answered) {
    }

    private final HttpServer server;
    private final Map<String, Deque<Integer>> script = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    SmsGatewayStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/sms", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/sms";
    }

    /** The next answers to messages for {@code to}; after them, 200. */
    void answer(String to, Integer... statuses) {
        script.put(to, new ArrayDeque<>(List.of(statuses)));
    }

    List<Call> callsTo(String to) {
        return calls.stream().filter(call -> call.to().equals(to)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
        String to = body.get("to").asString();
        Deque<Integer> statuses = script.getOrDefault(to, new ArrayDeque<>());
        Integer scripted = statuses.poll();
        int status = scripted == null ? 200 : scripted;
        calls.add(new Call(to, body.get("text").asString(), exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Authorization"), status));
        byte[] answer = (status == 200 ? "{\"id\":\"gw-" + calls.size() + "\"}" : "{\"error\":\"scripted\"}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
