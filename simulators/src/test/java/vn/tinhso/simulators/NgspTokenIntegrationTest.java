package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@SimulatorsTest
class NgspTokenIntegrationTest {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = Http.at(port);
    }

    @Test
    void issuesABearerTokenForAllRegisteredServicesWithHttpBasic() {
        Http.Answer a = http.basic("tinhso-lgsp", "ngsp-demo-secret").form("/oauth2/token",
                "grant_type=client_credentials");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.header("Cache-Control")).contains("no-store");
        assertThat(a.json().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(a.json().get("expires_in").asInt()).isEqualTo(300);
        assertThat(a.json().get("scope").asString().split(" ")).contains("population", "tax", "judicial-records");
    }

    @Test
    void acceptsClientCredentialsAsFormFieldsAndNarrowsTheScope() {
        Http.Answer a = http.form("/oauth2/token", "grant_type=client_credentials&client_id=tinhso-lgsp"
                + "&client_secret=ngsp-demo-secret&scope=population%20tax");

        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("scope").asString()).isEqualTo("population tax");
        String token = a.json().get("access_token").asString();
        assertThat(http.bearer(token).get("/population/v1/citizens/094090001234").status()).isEqualTo(200);
        assertThat(http.bearer(token).get("/enterprise/v1/enterprises/2200000001").status()).isEqualTo(403);
    }

    @Test
    void aWrongSecretIsAnInvalidClientPerRfc6749() {
        Http.Answer a = http.basic("tinhso-lgsp", "wrong").form("/oauth2/token", "grant_type=client_credentials");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().get("error").asString()).isEqualTo("invalid_client");
        assertThat(a.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void aScopeTheClientIsNotRegisteredForIsRefused() {
        Http.Answer a = http.basic("so-ke-hoach-dau-tu", "ngsp-demo-secret-2").form("/oauth2/token",
                "grant_type=client_credentials&scope=population");

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("error").asString()).isEqualTo("invalid_scope");
    }

    @Test
    void anotherGrantTypeIsUnsupported() {
        Http.Answer a = http.basic("tinhso-lgsp", "ngsp-demo-secret").form("/oauth2/token",
                "grant_type=password&username=x&password=y");

        assertThat(a.json().get("error").asString()).isEqualTo("unsupported_grant_type");
    }

    @Test
    void aCallWithoutATokenIsRefusedAs401ProblemJson() {
        Http.Answer a = http.get("/population/v1/citizens/094090001234");

        assertThat(a.status()).isEqualTo(401);
        assertThat(a.header("Content-Type")).startsWith("application/problem+json");
        assertThat(a.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(a.json().get("code").asString()).isEqualTo("missing-token");
    }

    @Test
    void aServiceOutsideTheClientsRegistrationIsForbidden() {
        String token = http.token("so-ke-hoach-dau-tu", "ngsp-demo-secret-2");

        Http.Answer a = http.bearer(token).get("/population/v1/citizens/094090001234");

        assertThat(a.status()).isEqualTo(403);
        assertThat(a.json().get("code").asString()).isEqualTo("not-in-scope");
    }

    @Test
    void aTokenThatHasExpiredIsRefusedAs401() {
        String token = http.lgspToken();
        assertThat(http.bearer(token).get("/population/v1/citizens/094090001234").status()).isEqualTo(200);

        assertThat(http.form("/admin/tokens/expire", "").status()).isEqualTo(204);

        Http.Answer a = http.bearer(token).get("/population/v1/citizens/094090001234");
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.json().get("code").asString()).isEqualTo("invalid-token");
    }
}
