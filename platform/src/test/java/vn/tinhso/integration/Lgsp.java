package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;

/**
 * The LGSP set up the way people do it, over the real admin API: a catalogue administrator registers a service and
 * asks for each lifecycle step, the system administrator approves; consumers get a key and secret, ask to use
 * services, the provider approves; consumers get tokens from the token endpoint.
 */
final class Lgsp {

    static final String AGENCY = "000.00.01.H92";

    private final Api api;
    private final Api gateway;

    /** @param gateway where consumers call services: the platform's port or the gateway's data plane */
    Lgsp(Api api, Api gateway) {
        this.api = api;
        this.gateway = gateway;
    }

    /** A unique service code for one test. */
    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> rest(String code, String baseUrl) {
        Map<String, Object> service = new LinkedHashMap<>();
        service.put("code", code);
        service.put("version", "1.0");
        service.put("name", "Dịch vụ thử nghiệm " + code);
        service.put("description", "Tra cứu dữ liệu dân cư phục vụ thử nghiệm");
        service.put("kind", "REST");
        service.put("ownerAgency", AGENCY);
        service.put("baseUrl", baseUrl);
        service.put("contractDocument", "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + code
                + "\",\"version\":\"1.0\"},\"paths\":{}}");
        service.put("classification", "INTERNAL");
        service.put("bodyLogging", "FULL");
        service.put("timeoutMs", 2000);
        service.put("maxRequestBytes", 4096);
        return service;
    }

    /** Registers the service and takes it through testing to published, each step approved by someone else. */
    JsonNode publish(Map<String, Object> service) {
        Api.Answer registered = api.as("danhmuc").post("/api/v1/integration/services", service);
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        String path = "/api/v1/integration/services/" + service.get("code") + "/" + service.get("version");
        for (String step : List.of("TESTING", "PUBLISHED")) {
            Api.Answer asked = api.as("danhmuc").post(path + "/lifecycle",
                    Map.of("target", step, "reason", "Kiểm thử tích hợp"));
            assertThat(asked.status()).as(asked.toString()).isEqualTo(200);
            Api.Answer approved = api.as("quantri").post(path + "/lifecycle/approve", Map.of());
            assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        }
        return api.as("quantri").get(path).json();
    }

    /** A consumer with approved subscriptions to {@code services} at {@code perMinute} requests a minute. */
    Credentials consumer(int perMinute, String... services) {
        Api.Answer created = api.as("quantri").post("/api/v1/integration/consumers",
                Map.of("name", "Hệ thống một cửa điện tử (thử nghiệm)", "agencyCode", AGENCY,
                        "contact", "cntt@cantho.gov.vn"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        Credentials credentials = new Credentials(created.json().get("consumerKey").asString(),
                created.json().get("consumerSecret").asString());
        for (String service : services) {
            subscribe(credentials.key(), service, perMinute, true);
        }
        return credentials;
    }

    long subscribe(String consumerKey, String service, int perMinute, boolean approve) {
        Api.Answer asked = api.as("quantri").post("/api/v1/integration/consumers/" + consumerKey + "/subscriptions",
                Map.of("serviceCode", service, "requestsPerMinute", perMinute, "dailyQuota", 10_000));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        long id = asked.json().get("id").asLong();
        if (approve) {
            Api.Answer decided = api.as("danhmuc").post("/api/v1/integration/subscriptions/" + id + "/decision",
                    Map.of("status", "APPROVED"));
            assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        }
        return id;
    }

    /** The token endpoint's answer for these credentials (HTTP Basic) and scope. */
    Api.Answer tokenAnswer(Credentials credentials, String scope) {
        String basic = Base64.getEncoder().encodeToString((credentials.key() + ":" + credentials.secret())
                .getBytes(StandardCharsets.UTF_8));
        String form = "grant_type=client_credentials"
                + (scope == null ? "" : "&scope=" + URLEncoder.encode(scope, StandardCharsets.UTF_8));
        return api.with("Authorization", "Basic " + basic).post("/gw/oauth2/token",
                "application/x-www-form-urlencoded", form.getBytes(StandardCharsets.UTF_8));
    }

    String token(Credentials credentials) {
        Api.Answer answer = tokenAnswer(credentials, null);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().get("access_token").asString();
    }

    /** The gateway client of a consumer holding {@code token}. */
    Api caller(String token) {
        return gateway.with("Authorization", "Bearer " + token);
    }

    record Credentials(String key, String secret) {
    }
}
