package vn.tinhso.integration;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** {@code tinhso.role=gateway}: the same jar answers the gateway's paths and health, nothing else. */
@PlatformIntegrationTest
@TestPropertySource(properties = "tinhso.role=gateway")
class GatewayRoleIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void theGatewayRoleServesOnlyTheGatewayAndActuator() {
        Api api = Api.at(port);

        Api.Answer platformApi = api.get("/api/v1/procedures?q=khai%20sinh");
        Api.Answer token = api.post("/gw/oauth2/token", "application/x-www-form-urlencoded",
                "grant_type=client_credentials&client_id=ck_none&client_secret=x".getBytes(StandardCharsets.UTF_8));
        Api.Answer call = api.get("/gw/population-lookup/1.0/citizens/1");

        assertThat(platformApi.status()).isEqualTo(404);
        assertThat(platformApi.contentType()).startsWith("application/problem+json");
        assertThat(api.get("/actuator/health").status()).isEqualTo(200);
        assertThat(token.status()).isEqualTo(401);
        assertThat(token.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(call.status()).isEqualTo(401);
        assertThat(call.json().get("code").asString()).isEqualTo("gateway-token-missing");
    }
}
