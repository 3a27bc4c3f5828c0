package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@SimulatorsTest
class CallLogIntegrationTest {

    @LocalServerPort
    int port;

    @AfterEach
    void clear() {
        Http.at(port).delete("/admin/faults");
    }

    @Test
    void logsOnlyTheCallsThatReachedTheServiceWithTheirKeys() {
        Http http = Http.at(port);
        http.delete("/admin/calls");
        http.put("/admin/faults/echo", "{\"mode\":\"FAIL_NEXT\",\"count\":1}");
        Http keyed = http.with("Idempotency-Key", "msg-1").with("X-Dossier-Code", "000.00.15.H92-261123-0001")
                .with("X-Correlation-Id", "corr-1");

        assertThat(keyed.post("/echo/v1/births", "{\"a\":1}").status()).isEqualTo(503);
        Http.Answer delivered = keyed.post("/echo/v1/births", "{\"a\":1}");

        assertThat(delivered.status()).isEqualTo(200);
        assertThat(delivered.body()).isEqualTo("{\"a\":1}");
        assertThat(delivered.header("X-Correlation-Id")).isEqualTo("corr-1");
        JsonNode calls = http.get("/admin/calls?target=echo").json();
        assertThat(calls).hasSize(1);
        assertThat(calls.get(0).get("idempotencyKey").asString()).isEqualTo("msg-1");
        assertThat(calls.get(0).get("dossierCode").asString()).isEqualTo("000.00.15.H92-261123-0001");
        assertThat(calls.get(0).get("path").asString()).isEqualTo("/echo/v1/births");
    }
}
