package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Single sign-on through a real Keycloak: the realm of docs/keycloak/tinhso-realm.json, Keycloak as its own process,
 * the platform configured with nothing but the realm's issuer URL and client secret. A person signs in on Keycloak's
 * own login form and lands in Tỉnh Số as their platform account, with its unit and roles.
 */
@PlatformIntegrationTest
class KeycloakLoginIntegrationTest {

    private static final Path REALM = Path.of(System.getProperty("tinhso.docs.dir", "../docs"), "keycloak",
            "tinhso-realm.json");
    private static KeycloakServer keycloak;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @DynamicPropertySource
    static void keycloak(DynamicPropertyRegistry properties) {
        keycloak = KeycloakServer.start(REALM);
        properties.add("tinhso.identity.providers.keycloak.issuer-uri", keycloak::issuer);
        properties.add("tinhso.identity.providers.keycloak.client-secret", () -> "change-me-tinhso-web-secret");
    }

    @AfterAll
    static void stop() {
        if (keycloak != null) {
            keycloak.close();
        }
    }

    @Test
    void aCounterOfficerSignsInOnKeycloaksFormAndLandsAsTheirPlatformAccount() {
        Browser browser = new Browser();
        String platform = "http://localhost:" + port;

        // The platform sends the browser to Keycloak's login page.
        Browser.Page login = browser.follow(browser.get(platform + "/oauth2/authorization/keycloak"), null);
        assertThat(login.uri().toString()).startsWith(keycloak.issuer() + "/protocol/openid-connect/auth");
        assertThat(login.body()).contains("kc-form-login");

        // The person types their Keycloak password; Keycloak redirects back with a code the platform exchanges.
        Browser.Page back = browser.post(login.formAction("kc-form-login"),
                Map.of("username", "motcua", "password", "TinhSo@2026", "credentialId", ""));
        assertThat(back.location()).as(back.body()).startsWith(platform + "/login/oauth2/code/keycloak?");
        Browser.Page landed = browser.follow(back, null);
        assertThat(landed.status()).as(landed.body()).isEqualTo(200);
        assertThat(landed.uri().getPath()).as("an officer lands on the workbench").isEqualTo("/can-bo");

        Browser.Page account = browser.get(platform + "/account");
        assertThat(account.status()).as(account.body()).isEqualTo(200);
        assertThat(account.body()).contains("<dd id=\"username\">motcua</dd>")
                .contains("COUNTER_OFFICER").contains("000.01.01.H92").contains("000.00.51.H92")
                .contains("<dd id=\"methods\">pwd (1 yếu tố / factors)</dd>");
        assertThat(jdbc.sql("select count(*) from account_link where issuer = ? and username = 'motcua'")
                .param(keycloak.issuer()).query(Integer.class).single()).as("linked once, by username").isEqualTo(1);
        assertThat(jdbc.sql("""
                select count(*) from audit_log where action = 'identity.login.succeeded' and object_id = 'motcua'
                  and after_state::text like ?""").param("%oidc:" + keycloak.issuer() + "%")
                .query(Integer.class).single()).as("the login is audited").isEqualTo(1);
    }

    @Test
    void aWrongKeycloakPasswordNeverReachesThePlatform() {
        Browser browser = new Browser();
        Browser.Page login = browser.follow(browser.get("http://localhost:" + port + "/oauth2/authorization/keycloak"),
                null);

        Browser.Page refused = browser.post(login.formAction("kc-form-login"),
                Map.of("username", "motcua", "password", "wrong-password", "credentialId", ""));

        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("kc-form-login");
        assertThat(browser.get("http://localhost:" + port + "/account").location())
                .as("still not signed in").endsWith("/oauth2/authorization/tinhso");
    }
}
