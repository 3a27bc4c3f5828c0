package vn.tinhso.integration;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP provider on a local port (JDK HttpServer) for gateway tests. It answers through a {@link Handler},
 * records every request, and — like a well-behaved provider of the LGSP — remembers the successful answers it
 * gave per {@code Idempotency-Key} and repeats them without executing the request again.
 */
final class Provider implements AutoCloseable {

    /** What a request arriving at the provider looked like. */
    record Request(String method, String path, String query, Map<String, List<String>> headers, byte[] body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    /** An answer of the provider, sent after {@code delayMillis} (a slow provider, or an answer that is lost). */
    record Answer(int status, String contentType, byte[] body, long delayMillis) {
        static Answer json(int status, String json) {
            return new Answer(status, "application/json", json.getBytes(StandardCharsets.UTF_8), 0);
        }

        static Answer xml(String xml) {
            return new Answer(200, "text/xml; charset=utf-8", xml.getBytes(StandardCharsets.UTF_8), 0);
        }

        Answer delayed(long millis) {
            return new Answer(status, contentType, body, millis);
        }
    }

    @FunctionalInterface
    interface Handler {
        Answer handle(Request request) throws Exception;
    }

    private final int port;
    private final Handler handler;
    private final List<Request> received = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> answered = new ConcurrentHashMap<>();
    private final AtomicInteger executions = new AtomicInteger();
    private HttpServer server;

    private Provider(int port, Handler handler) {
        this.port = port;
        this.handler = handler;
    }

    /** A provider started on a free port. */
    static Provider start(Handler handler) {
        Provider provider = new Provider(freePort(), handler);
        provider.start();
        return provider;
    }

    /** A provider on a reserved port that is not listening yet: "down" until {@link #start()}. */
    static Provider down(Handler handler) {
        return new Provider(freePort(), handler);
    }

    /** Echoes method, path, query, body and the headers that matter as JSON. */
    static Answer echo(Request request) {
        String body = request.text().replace("\\", "\\\\").replace("\"", "\\\"");
        return Answer.json(200, "{\"method\":\"" + request.method() + "\",\"path\":\"" + request.path()
                + "\",\"query\":\"" + (request.query() == null ? "" : request.query()) + "\",\"body\":\"" + body
                + "\",\"consumer\":\"" + request.header("X-Consumer-Key") + "\",\"authorization\":\""
                + request.header("Authorization") + "\",\"pad\":\"" + "x".repeat(64) + "\"}");
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    List<Request> received() {
        return List.copyOf(received);
    }

    /** Requests the provider acted on (repeats of a known idempotency key are not executed). */
    int executions() {
        return executions.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), Map.copyOf(exchange.getRequestHeaders()),
                exchange.getRequestBody().readAllBytes());
        received.add(request);
        String key = request.header("Idempotency-Key");
        Answer answer;
        try {
            Answer known = key == null ? null : answered.get(key);
            if (known != null) {
                answer = known;
            } else {
                executions.incrementAndGet();
                answer = handler.handle(request);
                if (key != null && answer.status() < 500) {
                    // Done, and remembered before answering: the answer may be lost on the way back. A failure
                    // (5xx) did nothing, so a repeat is executed again.
                    answered.put(key, answer.delayed(0));
                }
            }
            if (answer.delayMillis() > 0) {
                Thread.sleep(answer.delayMillis());
            }
        } catch (Exception e) {
            answer = Answer.json(500, "{\"error\":\"" + e + "\"}");
        }
        exchange.getResponseHeaders().add("Content-Type", answer.contentType());
        exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
        if (answer.body().length > 0) {
            exchange.getResponseBody().write(answer.body());
        }
        exchange.close();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
