package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.Lifecycle;
import vn.tinhso.integration.log.ExchangeLog;
import vn.tinhso.support.Api;

/**
 * The gateway's Netty data plane on its own port: every contract test of {@link GatewayIntegrationTest} runs again
 * against it (inherited), plus what only a server of its own has to get right — paths that are not gateway calls,
 * the language of problems, the message log, keep-alive and closing.
 */
class GatewayDataPlaneIntegrationTest extends GatewayIntegrationTest {

    @Autowired
    ExchangeLog exchangeLog;

    @Autowired
    ApplicationContext context;

    @Override
    int gatewayPort() {
        return DATA_PLANE_PORT;
    }

    @Test
    void onlyGatewayCallsAreServedAndTokensStayOnThePlatformsPort() {
        Api plane = Api.at(DATA_PLANE_PORT);
        assertProblem(plane.get("/api/v1/dossiers"), 404, "not-found");
        assertProblem(plane.get("/gw/oauth2/token"), 404, "not-found");
        assertProblem(plane.get("/gw/"), 404, "not-found");
        assertProblem(plane.get("/gw/dan-cu/1.0/x"), 401, "gateway-token-missing");
    }

    @Test
    void problemsSpeakTheCallersLanguageAndEveryCallIsLogged() {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        Api.Answer english = caller.with("Accept-Language", "en").with("X-Correlation-Id", "plane-en-1")
                .get("/gw/" + code + "/9.9/x");
        Api.Answer passed = caller.with("X-Correlation-Id", "plane-ok-1")
                .with("X-Dossier-Code", "000.00.15.H55-261123-0001")
                .post("/gw/" + code + "/1.0/citizens", Map.of("personalId", "092090001234"));

        assertProblem(english, 404, "gateway-service-unknown");
        assertThat(english.json().get("detail").asString())
                .isEqualTo(english.json().get("messages").get("en").asString());
        assertThat(english.json().get("instance").asString()).isEqualTo("/gw/" + code + "/9.9/x");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(passed.header("X-Correlation-Id")).isEqualTo("plane-ok-1");
        assertThat(exchangeLog.flush(Duration.ofSeconds(10))).isTrue();
        Map<String, Object> row = jdbc.sql("""
                select service_code, status, outcome, dossier_code, request_bytes > 0 as has_body
                  from integration_exchange where correlation_id = 'plane-ok-1'""").query().singleRow();
        assertThat(row).containsEntry("service_code", code).containsEntry("status", 200)
                .containsEntry("outcome", "SUCCESS").containsEntry("dossier_code", "000.00.15.H55-261123-0001")
                .containsEntry("has_body", true);
        assertThat(jdbc.sql("select status from integration_exchange where correlation_id = 'plane-en-1'")
                .query(Integer.class).single()).isEqualTo(404);
    }

    /**
     * Stopped and started again — as Spring does to a paused test context, or an operator to a node's context — the
     * data plane still hands blocking calls to virtual threads (it had closed its executor for good on the first stop).
     */
    @Test
    void blockingCallsAreServedAfterAStopAndAStart() {
        Lifecycle plane = context.getBean("dataPlane", Lifecycle.class);
        plane.stop();
        plane.start();
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));

        Api.Answer accepted = caller.with("Prefer", "respond-async")
                .post("/gw/" + code + "/1.0/citizens", Map.of("personalId", "092090001234"));

        assertThat(plane.isRunning()).isTrue();
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
    }

    @Test
    void aConnectionIsKeptForManyCallsAndClosedWhenTheCallerAsks() throws Exception {
        String code = Lgsp.code("dan-cu");
        lgsp.publish(Lgsp.rest(code, ECHO.url()));
        String token = lgsp.token(lgsp.consumer(600, code));
        try (Socket socket = new Socket("localhost", DATA_PLANE_PORT)) {
            OutputStream out = socket.getOutputStream();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.UTF_8));
            for (int call = 1; call <= 3; call++) {
                boolean last = call == 3;
                out.write(("GET /gw/" + code + "/1.0/call/" + call + " HTTP/1.1\r\nHost: localhost\r\n"
                        + "Authorization: Bearer " + token + "\r\n" + (last ? "Connection: close\r\n" : "") + "\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                assertThat(in.readLine()).isEqualTo("HTTP/1.1 200 OK");
                int length = -1;
                String connection = null;
                for (String line = in.readLine(); !line.isEmpty(); line = in.readLine()) {
                    String lower = line.toLowerCase(java.util.Locale.ROOT);
                    if (lower.startsWith("content-length:")) {
                        length = Integer.parseInt(line.substring(15).strip());
                    } else if (lower.startsWith("connection:")) {
                        connection = line.substring(11).strip();
                    }
                }
                char[] body = new char[length];
                for (int read = 0; read < length; ) {
                    read += in.read(body, read, length - read);
                }
                assertThat(new String(body)).contains("/call/" + call);
                assertThat(connection).isEqualTo(last ? "close" : "keep-alive");
            }
            assertThat(in.read()).as("closed after the last answer").isEqualTo(-1);
        }
    }
}
