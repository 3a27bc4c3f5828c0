package vn.tinhso.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Every API error is RFC 9457 problem+json with a stable code and both languages. */
@PlatformIntegrationTest
class ProblemJsonIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void anUnknownAddressIsAProblemInVietnameseAndEnglish() {
        Api.Answer answer = Api.at(port).as("quantri").get("/api/v1/khong-co");

        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("not-found");
        assertThat(answer.json().get("title").asString()).isEqualTo("Không tìm thấy");
        assertThat(answer.json().get("messages").get("vi").asString()).contains("Không có tài nguyên");
        assertThat(answer.json().get("messages").get("en").asString()).contains("no resource");
    }

    @Test
    void englishIsServedWhenAsked() {
        Api.Answer answer = Api.at(port).as("quantri").with("Accept-Language", "en").get("/api/v1/khong-co");

        assertThat(answer.json().get("title").asString()).isEqualTo("Not found");
    }

    @Test
    void aMissingSignInIsAProblemToo() {
        Api.Answer answer = Api.at(port).get("/api/v1/audit/verify");

        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo("unauthorized");
    }

    @Test
    void theCorrelationIdOfTheCallerComesBackInHeaderAndProblem() {
        Api.Answer answer = Api.at(port).as("quantri").with(Correlation.HEADER, "test-abc-123").get("/api/v1/nope");

        assertThat(answer.header(Correlation.HEADER)).isEqualTo("test-abc-123");
        assertThat(answer.json().get("correlationId").asString()).isEqualTo("test-abc-123");
    }

    @Test
    void healthAndTheOpenApiDocumentArePublic() {
        Api api = Api.at(port);
        assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);
        Api.Answer openApi = api.get("/v3/api-docs");
        assertThat(openApi.status()).isEqualTo(200);
        assertThat(openApi.json().get("openapi").asString()).startsWith("3.");
    }
}
