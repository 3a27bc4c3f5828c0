package vn.tinhso.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The LGSP gateway against a plain reverse proxy, with {@code wrk} and 1 KiB bodies, side by side in one run:
 *
 * <ul>
 *   <li><b>direct</b>: wrk → the provider (nginx answering a fixed 1 KiB JSON document to a 1 KiB POST);
 *   <li><b>nginx</b>: wrk → nginx as a plain reverse proxy (keep-alive upstream) → the provider;
 *   <li><b>gateway</b>: wrk → the platform jar's {@code /gw/{service}/1.0/**} with a bearer token → the provider:
 *       token check, scope, rate limit, forwarding and the message log on (metadata, or bodies with
 *       {@code -DbodyLogging=FULL}) — once on the platform's own port (Tomcat and its filter chains), once on the
 *       gateway's data plane (Netty, its own port; ADR 0020). The targets are checked against the data plane.
 * </ul>
 *
 * <p>Usage: {@code java -cp bench/target/classes vn.tinhso.bench.GatewayBenchmark platform/target/tinhso-platform.jar
 * [--platform-option ...]}. Needs {@code nginx} and {@code wrk} on the PATH (Debian packages). Sizes:
 * {@code -Dduration=30 -Dwarmup=15 -Dconnections=32 -Dthreads=2}.
 */
public final class GatewayBenchmark {

    private static final int DURATION = Integer.getInteger("duration", 30);
    private static final int WARM_UP = Integer.getInteger("warmup", 15);
    private static final int CONNECTIONS = Integer.getInteger("connections", 32);
    private static final int THREADS = Integer.getInteger("threads", 2);
    private static final String BODY_LOGGING = System.getProperty("bodyLogging", "NONE");
    private static final String ONE_KIB = oneKibJson();
    private static final String ON_TOMCAT = "gateway on the platform's port (Tomcat) → provider";
    private static final String ON_DATA_PLANE = "gateway data plane (Netty; token, scope, quota, log) → provider";

    private GatewayBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path jar = Path.of(args.length > 0 ? args[0] : "platform/target/tinhso-platform.jar").toAbsolutePath();
        List<String> platformOptions = new ArrayList<>(List.of("--tinhso.integration.token-lifetime=2h",
                "--tinhso.notification.dispatch=false"));
        if (args.length > 1) {
            platformOptions.addAll(List.of(args).subList(1, args.length));
        }
        require("nginx", "-v");
        require("wrk", "--version");
        Path work = Files.createTempDirectory("tinhso-gateway-bench");
        int providerPort = Platform.freePort();
        int proxyPort = Platform.freePort();
        int dataPlanePort = Platform.freePort();
        platformOptions.add("--tinhso.integration.gateway.data-plane.port=" + dataPlanePort);
        Process nginx = startNginx(work, providerPort, proxyPort);
        try (Platform platform = Platform.start(jar, work, platformOptions.toArray(String[]::new))) {
            String token = setUp(platform, "http://127.0.0.1:" + providerPort);
            Path script = work.resolve("post.lua");
            Files.writeString(script, luaScript(null));
            Path gatewayScript = work.resolve("gateway.lua");
            Files.writeString(gatewayScript, luaScript(token));
            String direct = "http://127.0.0.1:" + providerPort + "/api/citizens/search";
            String proxied = "http://127.0.0.1:" + proxyPort + "/api/citizens/search";
            String gateway = platform.base() + "/gw/bench-population/1.0/citizens/search";
            String dataPlane = "http://127.0.0.1:" + dataPlanePort + "/gw/bench-population/1.0/citizens/search";
            checkOnce(gateway, token);
            checkOnce(dataPlane, token);

            System.out.printf(Locale.ROOT, "load average before: %s%n", loadAverage());
            Map<String, Result> results = new LinkedHashMap<>();
            // Warm every path (the JIT most of all), then measure each in turn.
            wrk(direct, script, 5);
            wrk(proxied, script, 5);
            wrk(gateway, gatewayScript, WARM_UP);
            wrk(dataPlane, gatewayScript, WARM_UP);
            System.out.println("after warm-up:\n" + outcomes(platform));
            results.put("direct: wrk → provider", wrk(direct, script, DURATION));
            long nginxBefore = cpuMillis(nginx.toHandle());
            Result proxy = wrk(proxied, script, DURATION);
            long nginxCpu = cpuMillis(nginx.toHandle()) - nginxBefore;
            results.put("nginx reverse proxy → provider", proxy);
            long platformBefore = platform.cpuMillis();
            Result viaGateway = wrk(gateway, gatewayScript, DURATION);
            long platformCpu = platform.cpuMillis() - platformBefore;
            results.put(ON_TOMCAT, viaGateway);
            long planeBefore = platform.cpuMillis();
            Result viaPlane = wrk(dataPlane, gatewayScript, DURATION);
            long planeCpu = platform.cpuMillis() - planeBefore;
            results.put(ON_DATA_PLANE, viaPlane);
            System.out.printf(Locale.ROOT, "CPU per request: nginx (proxy and provider together) %.0f µs, "
                    + "platform JVM (gateway, log writer, GC) on Tomcat %.0f µs, on the data plane %.0f µs%n",
                    1000.0 * nginxCpu / (proxy.requestsPerSecond() * DURATION),
                    1000.0 * platformCpu / (viaGateway.requestsPerSecond() * DURATION),
                    1000.0 * planeCpu / (viaPlane.requestsPerSecond() * DURATION));
            System.out.printf(Locale.ROOT, "load average after: %s%n", loadAverage());
            System.out.println(outcomes(platform));
            report(results);
            if (results.values().stream().anyMatch(r -> r.errors() > 0)) {
                throw new IllegalStateException("Some answers were errors: the run does not count");
            }
            System.out.printf(Locale.ROOT, "message log rows written: %s%n", logRows(platform));
        } finally {
            nginx.destroy();
            nginx.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void report(Map<String, Result> results) {
        Result direct = results.values().iterator().next();
        Result nginx = results.get("nginx reverse proxy → provider");
        System.out.printf(Locale.ROOT, "%n| %s | clients | req/s | p50 | p99 | added p50 | added p99 |%n", "path");
        System.out.println("|---|---|---|---|---|---|---|");
        results.forEach((name, r) -> System.out.printf(Locale.ROOT,
                "| %s | %d | %,.0f | %.2f ms | %.2f ms | %+.2f ms | %+.2f ms |%n", name, CONNECTIONS,
                r.requestsPerSecond(), r.p50Ms(), r.p99Ms(), r.p50Ms() - direct.p50Ms(), r.p99Ms() - direct.p99Ms()));
        Result tomcat = results.get(ON_TOMCAT);
        Result gateway = results.get(ON_DATA_PLANE);
        System.out.printf(Locale.ROOT, "%ngateway / nginx throughput: data plane %.0f %%, platform port %.0f %%%n",
                100 * gateway.requestsPerSecond() / nginx.requestsPerSecond(),
                100 * tomcat.requestsPerSecond() / nginx.requestsPerSecond());
        System.out.printf(Locale.ROOT, "targets: gateway >= 2,000 req/s: %s; >= 40 %% of nginx: %s%n",
                gateway.requestsPerSecond() >= 2000 ? "met" : "NOT met",
                gateway.requestsPerSecond() >= 0.4 * nginx.requestsPerSecond() ? "met" : "NOT met");
    }

    /** Registers and publishes a service on the provider, a consumer with a large quota; answers its token. */
    private static String setUp(Platform platform, String provider) throws Exception {
        Admin danhmuc = new Admin(platform.base(), "danhmuc");
        Admin quantri = new Admin(platform.base(), "quantri");
        danhmuc.post("/api/v1/integration/services", """
                {"code":"bench-population","version":"1.0","name":"Tra cứu dân cư (benchmark)","kind":"REST",
                 "ownerAgency":"000.00.01.H92","baseUrl":"%s/api","classification":"INTERNAL",
                 "bodyLogging":"%s","timeoutMs":10000,"maxRequestBytes":65536,"latencyTargetMs":200}"""
                .formatted(provider, BODY_LOGGING));
        for (String step : List.of("TESTING", "PUBLISHED")) {
            danhmuc.post("/api/v1/integration/services/bench-population/1.0/lifecycle",
                    "{\"target\":\"" + step + "\",\"reason\":\"benchmark\"}");
            quantri.post("/api/v1/integration/services/bench-population/1.0/lifecycle/approve", "{}");
        }
        Map<?, ?> consumer = (Map<?, ?>) Json.parse(quantri.post("/api/v1/integration/consumers",
                "{\"name\":\"wrk\",\"agencyCode\":\"000.00.01.H92\"}"));
        String key = (String) consumer.get("consumerKey");
        Map<?, ?> subscription = (Map<?, ?>) Json.parse(quantri.post("/api/v1/integration/consumers/" + key
                + "/subscriptions", "{\"serviceCode\":\"bench-population\",\"requestsPerMinute\":100000000,"
                + "\"dailyQuota\":2000000000}"));
        danhmuc.post("/api/v1/integration/subscriptions/" + ((Double) subscription.get("id")).longValue()
                + "/decision", "{\"status\":\"APPROVED\"}");
        String basic = Base64.getEncoder().encodeToString((key + ":" + consumer.get("consumerSecret"))
                .getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> token = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(platform.base() + "/gw/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                HttpResponse.BodyHandlers.ofString());
        return (String) ((Map<?, ?>) Json.parse(token.body())).get("access_token");
    }

    private static void checkOnce(String url, String token) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(ONE_KIB)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || answer.body().length() < 1024) {
            throw new IllegalStateException("The gateway does not answer as expected: " + answer.statusCode() + " "
                    + answer.body());
        }
    }

    private static Process startNginx(Path work, int providerPort, int proxyPort) throws Exception {
        Files.createDirectories(work.resolve("logs"));
        Path conf = work.resolve("nginx.conf");
        Files.writeString(conf, """
                worker_processes 2;
                daemon off;
                pid %1$s/nginx.pid;
                error_log %1$s/logs/error.log warn;
                events { worker_connections 4096; }
                http {
                    access_log off;
                    client_body_temp_path %1$s/body;
                    proxy_temp_path %1$s/proxy;
                    keepalive_requests 1000000;
                    upstream provider { server 127.0.0.1:%2$d; keepalive 128; }
                    server {
                        listen 127.0.0.1:%2$d;
                        location / { client_body_buffer_size 16k; default_type application/json;
                                     return 200 '%4$s'; }
                    }
                    server {
                        listen 127.0.0.1:%3$d;
                        location / { proxy_pass http://provider; proxy_http_version 1.1;
                                     proxy_set_header Connection ""; }
                    }
                }
                """.formatted(work, providerPort, proxyPort, ONE_KIB));
        Process nginx = new ProcessBuilder("nginx", "-c", conf.toString(), "-p", work.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("logs/nginx.out").toFile()).start();
        Thread.sleep(500);
        if (!nginx.isAlive()) {
            throw new IllegalStateException("nginx did not start: " + Files.readString(work.resolve("logs/nginx.out")));
        }
        return nginx;
    }

    private static String luaScript(String token) {
        return "wrk.method = \"POST\"\n"
                + "wrk.body = '" + ONE_KIB + "'\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n"
                + (token == null ? "" : "wrk.headers[\"Authorization\"] = \"Bearer " + token + "\"\n");
    }

    private static Result wrk(String url, Path script, int seconds) throws Exception {
        Wrk.Result run = Wrk.run(url, script, THREADS, CONNECTIONS, seconds);
        long errors = run.non2xx() + run.socketErrors();
        if (errors > 0) {
            System.out.printf(Locale.ROOT, "%d non-2xx answers or socket errors from %s%n", errors, url);
        }
        return new Result(run.perSecond(), run.p50Ms(), run.p99Ms(), errors);
    }

    /** The gateway's own count of calls by outcome (Prometheus). */
    private static String outcomes(Platform platform) {
        try {
            return new Admin(platform.base(), "quantri").get("/actuator/prometheus").lines()
                    .filter(line -> line.startsWith("tinhso_gateway_calls_total")).reduce("", (a, b) -> a + b + "\n");
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }

    private static String logRows(Platform platform) {
        try {
            return new Admin(platform.base(), "kiemtra").get("/api/v1/integration/log/verify");
        } catch (Exception e) {
            return "unknown (" + e + ")";
        }
    }

    /** CPU time of a process and its descendants (nginx's workers). */
    private static long cpuMillis(ProcessHandle process) {
        long own = process.info().totalCpuDuration().map(java.time.Duration::toMillis).orElse(0L);
        return own + process.descendants().mapToLong(child -> child.info().totalCpuDuration()
                .map(java.time.Duration::toMillis).orElse(0L)).sum();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void require(String... command) throws InterruptedException {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
        } catch (IOException missing) {
            throw new IllegalStateException(command[0] + " is missing: apt-get install nginx-light wrk", missing);
        }
    }

    /** A 1 KiB JSON document like a population lookup answer (ASCII, so 1,024 bytes exactly). */
    private static String oneKibJson() {
        String head = "{\"personalId\":\"092090001234\",\"fullName\":\"Nguyen Van An\",\"note\":\"";
        String tail = "\"}";
        return head + "x".repeat(1024 - head.length() - tail.length()) + tail;
    }

    private record Result(double requestsPerSecond, double p50Ms, double p99Ms, long errors) {
    }

    /** Admin API calls with HTTP Basic as a demo user. */
    private record Admin(String base, String user) {
        String post(String path, String json) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)));
        }

        String get(String path) throws Exception {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        private String send(HttpRequest.Builder request) throws Exception {
            String basic = Base64.getEncoder().encodeToString((user + ":TinhSo@2026")
                    .getBytes(StandardCharsets.UTF_8));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(request
                    .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 300) {
                throw new IllegalStateException(answer.statusCode() + " " + answer.body());
            }
            return answer.body();
        }
    }
}
