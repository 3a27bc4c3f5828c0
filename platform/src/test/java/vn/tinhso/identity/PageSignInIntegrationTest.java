package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The pages' sign-in with nothing but the platform: a browser asks for a page, is sent through the embedded OpenID
 * provider's sign-in and comes back signed in (the relying party and the provider in one process, over real HTTP).
 */
@PlatformIntegrationTest
class PageSignInIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void aBrowserSignsInThroughTheEmbeddedProviderAndLandsOnThePageItAskedFor() {
        Browser browser = new Browser();
        String base = "http://localhost:" + port;

        Browser.Page login = browser.follow(browser.get(base + "/account"), null);
        assertThat(login.uri().getPath()).as(login.body()).isEqualTo("/idp/login");

        Browser.Page back = browser.follow(browser.post(login.formAction(null), Map.of("username", "chuyenvien",
                "password", "TinhSo@2026", "_csrf", login.hidden("_csrf"))), null);

        assertThat(back.status()).as(back.body()).isEqualTo(200);
        assertThat(back.uri().getPath()).isEqualTo("/account");
        assertThat(back.body()).contains("<dd id=\"username\">chuyenvien</dd>").contains("SPECIALIST")
                .contains("000.01.04.H92").contains("000.00.04.H92").contains("pwd (1 yếu tố / factors)");
    }

    @Test
    void aWrongPasswordStaysOnTheSignInPage() {
        Browser browser = new Browser();
        Browser.Page login = browser.follow(browser.get("http://localhost:" + port + "/account"), null);

        Browser.Page refused = browser.follow(browser.post(login.formAction(null), Map.of("username", "chuyenvien",
                "password", "not-the-password", "_csrf", login.hidden("_csrf"))), null);

        assertThat(refused.uri().toString()).endsWith("/idp/login?error=credentials");
        assertThat(refused.body()).contains("Wrong user name or password");
    }
}
