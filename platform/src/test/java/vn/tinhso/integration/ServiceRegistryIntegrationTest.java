package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;

/**
 * The registry's use cases: a catalogue administrator registers a service for an agency of the organisation
 * catalogue; every lifecycle step is approved by a second person and audited; the catalogue is searchable; the
 * gateway routes only published and deprecated services; operators see calls in the monitoring summary and in
 * Prometheus.
 */
class ServiceRegistryIntegrationTest extends LgspIntegrationTest {

    @Test
    void lifecycleStepsNeedASecondPersonsApprovalAndAreAudited() {
        String code = Lgsp.code("doanh-nghiep");
        String path = "/api/v1/integration/services/" + code + "/1.0";
        Api danhmuc = api.as("danhmuc");
        assertThat(danhmuc.post("/api/v1/integration/services", Lgsp.rest(code, "http://127.0.0.1:9/dn"))
                .json().get("status").asString()).isEqualTo("DRAFT");

        danhmuc.post(path + "/lifecycle", Map.of("target", "TESTING", "reason", "Sẵn sàng thử nghiệm"));
        Api.Answer selfApproval = danhmuc.post(path + "/lifecycle/approve", Map.of());
        Api.Answer skipping = danhmuc.post(path + "/lifecycle", Map.of("target", "RETIRED"));
        Api.Answer approved = api.as("quantri").post(path + "/lifecycle/approve", Map.of());

        assertThat(selfApproval.status()).isEqualTo(409);
        assertThat(selfApproval.json().get("code").asString()).isEqualTo("integration-approval-by-requester");
        assertThat(skipping.status()).as("asking again replaces the pending request").isEqualTo(200);
        assertThat(approved.json().get("status").asString()).isEqualTo("RETIRED");
        Api.Answer wrongStep = danhmuc.post(path + "/lifecycle", Map.of("target", "PUBLISHED"));
        assertThat(wrongStep.status()).isEqualTo(409);
        assertThat(wrongStep.json().get("code").asString()).isEqualTo("integration-transition-not-allowed");

        String audit = api.as("kiemtra").get("/api/v1/audit/entries?objectType=IntegrationService&objectId="
                + code + "/1.0").text();
        assertThat(audit).contains("integration.service.registered", "integration.service.transition-requested",
                "integration.service.transition-approved");
    }

    @Test
    void registrationChecksTheOwnerAgencyAndTheDefinition() {
        Map<String, Object> unknownAgency = Lgsp.rest(Lgsp.code("x"), "http://127.0.0.1:9");
        unknownAgency.put("ownerAgency", "000.00.99.H99");
        Map<String, Object> badUrl = Lgsp.rest(Lgsp.code("x"), "ftp://example");
        Map<String, Object> soapWithoutMappings = Lgsp.rest(Lgsp.code("x"), "http://127.0.0.1:9");
        soapWithoutMappings.put("kind", "SOAP");

        Api.Answer agency = api.as("danhmuc").post("/api/v1/integration/services", unknownAgency);
        Api.Answer url = api.as("danhmuc").post("/api/v1/integration/services", badUrl);
        Api.Answer soap = api.as("danhmuc").post("/api/v1/integration/services", soapWithoutMappings);
        Api.Answer citizen = api.as("congdan").post("/api/v1/integration/services",
                Lgsp.rest(Lgsp.code("x"), "http://127.0.0.1:9"));

        assertThat(agency.json().get("code").asString()).isEqualTo("integration-owner-agency-unknown");
        assertThat(url.json().get("code").asString()).isEqualTo("integration-service-invalid");
        assertThat(url.json().get("detail").asString()).contains("baseUrl");
        assertThat(soap.json().get("detail").asString()).contains("soapMappings");
        assertThat(citizen.status()).isEqualTo(403);
    }

    @Test
    void theCatalogueIsSearchableWithoutAccentsAndServesTheContract() {
        String code = Lgsp.code("ho-tich");
        Map<String, Object> service = Lgsp.rest(code, "http://127.0.0.1:9/ht");
        service.put("name", "Đăng ký khai sinh điện tử");
        lgsp.publish(service);

        JsonNode found = api.as("motcua").get("/api/v1/integration/services?q=dang%20ky%20khai%20sinh&status="
                + "PUBLISHED").json();
        Api.Answer contract = api.as("motcua").get("/api/v1/integration/services/" + code + "/1.0/contract");

        assertThat(found.findValuesAsString("code")).contains(code);
        assertThat(contract.status()).isEqualTo(200);
        assertThat(contract.text()).contains("\"openapi\":\"3.1.0\"");
    }

    @Test
    void aRetiredServiceIsNoLongerRouted() {
        String code = Lgsp.code("het-han");
        try (Provider provider = Provider.start(Provider::echo)) {
            lgsp.publish(Lgsp.rest(code, provider.url()));
            Api caller = lgsp.caller(lgsp.token(lgsp.consumer(600, code)));
            assertThat(caller.get("/gw/" + code + "/1.0/x").status()).isEqualTo(200);

            String path = "/api/v1/integration/services/" + code + "/1.0";
            for (String step : new String[] {"DEPRECATED", "RETIRED"}) {
                api.as("danhmuc").post(path + "/lifecycle", Map.of("target", step, "reason", "Thay bằng 2.0"));
                api.as("quantri").post(path + "/lifecycle/approve", Map.of());
                if (step.equals("DEPRECATED")) {
                    assertThat(caller.get("/gw/" + code + "/1.0/x").status()).isEqualTo(200);
                }
            }
            GatewayIntegrationTest.assertProblem(caller.get("/gw/" + code + "/1.0/x"), 404,
                    "gateway-service-unknown");
        }
    }

    @Test
    void operatorsSeeCallsSuccessRateLatencyAndQosViolations() {
        String code = Lgsp.code("giam-sat");
        try (Provider provider = Provider.start(request -> request.path().endsWith("/slow")
                ? Provider.echo(request).delayed(150) : Provider.echo(request))) {
            Map<String, Object> service = Lgsp.rest(code, provider.url());
            service.put("latencyTargetMs", 100);
            lgsp.publish(service);
            Lgsp.Credentials consumer = lgsp.consumer(600, code);
            Api caller = lgsp.caller(lgsp.token(consumer));
            for (int i = 0; i < 8; i++) {
                caller.get("/gw/" + code + "/1.0/fast");
            }
            caller.get("/gw/" + code + "/1.0/slow");

            JsonNode summary = api.as("quantri").get("/api/v1/integration/monitoring").json();
            JsonNode mine = null;
            for (JsonNode service1 : summary) {
                if (service1.get("service").asString().equals(code)) {
                    mine = service1;
                }
            }
            assertThat(mine).as(summary.toString()).isNotNull();
            assertThat(mine.get("total").get("calls").asLong()).isEqualTo(9);
            assertThat(mine.get("total").get("successRate").asDouble()).isEqualTo(1.0);
            assertThat(mine.get("total").get("qosViolations").asLong()).isEqualTo(1);
            assertThat(mine.get("total").get("p99Ms").asDouble()).isGreaterThan(100);
            assertThat(mine.get("consumers").get(0).get("consumer").asString()).isEqualTo(consumer.key());

            String prometheus = api.as("quantri").get("/actuator/prometheus").text();
            assertThat(prometheus).contains("tinhso_gateway_calls_total{consumer=\"" + consumer.key()
                    + "\",outcome=\"SUCCESS\",service=\"" + code + "\"} 9.0");
            assertThat(prometheus).contains("tinhso_gateway_service_latency_seconds_bucket{service=\"" + code);
        }
    }
}
