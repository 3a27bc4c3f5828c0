package vn.tinhso.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The pages' own chain, over real HTTP as a browser speaks it: single sign-on through the embedded OpenID provider
 * and back to the asked page, sign-out at the provider too, CSRF on, roles per area, answers in plain words, the
 * language toggle — and the API chain left as it was.
 */
@PlatformIntegrationTest
class PageSecurityIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aPageThatNeedsSignInGoesThroughSingleSignOnAndBack() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> wizard = get(browser, "/nop-ho-so/1.001193");
        assertThat(wizard.statusCode()).isEqualTo(302);
        assertThat(wizard.headers().firstValue("Location").orElseThrow()).endsWith("/oauth2/authorization/tinhso");
        HttpResponse<String> login = follow(browser, wizard);
        assertThat(login.uri().getPath()).isEqualTo("/idp/login");
        assertThat(login.body()).contains("Đăng nhập", "href=\"/css/tinhso.css\"");

        HttpResponse<String> back = follow(browser, post(browser, "/idp/login",
                "username=congdan&password=TinhSo%402026&_csrf=" + encode(csrf(login.body()))));
        assertThat(back.uri().getPath()).isEqualTo("/nop-ho-so/1.001193");
        assertThat(back.body()).contains("Bước 1/3");
    }

    @Test
    void theSignInLinkLandsEachPersonOnTheirOwnStartPage() throws Exception {
        HttpClient officer = browser();
        assertThat(signIn(officer, "motcua").uri().getPath()).isEqualTo("/can-bo");
        HttpResponse<String> again = get(officer, "/dang-nhap");
        assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/can-bo");
        assertThat(signIn(browser(), "congdan").uri().getPath()).isEqualTo("/ca-nhan/ho-so");
    }

    @Test
    void aCitizenCannotOpenTheWorkbenchAndIsToldSoInWords() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "congdan");
        HttpResponse<String> inbox = get(browser, "/can-bo");
        assertThat(inbox.statusCode()).isEqualTo(403);
        assertThat(inbox.body()).contains("Không có quyền truy cập");
        assertThat(get(browser, "/quan-tri/thu-tuc").statusCode()).isEqualTo(403);
    }

    @Test
    void aWrongPasswordShowsTheProvidersFormAgainWithAPlainMessage() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> login = follow(browser, get(browser, "/dang-nhap"));
        HttpResponse<String> refused = follow(browser, post(browser, "/idp/login",
                "username=motcua&password=sai&_csrf=" + encode(csrf(login.body()))));
        assertThat(refused.uri().toString()).endsWith("/idp/login?error=credentials");
        assertThat(refused.body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
        assertThat(get(browser, "/can-bo").statusCode()).isEqualTo(302);
    }

    @Test
    void signingOutEndsTheSessionAtTheProviderToo() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> mine = signIn(browser, "congdan");
        HttpResponse<String> out = follow(browser, post(browser, "/dang-xuat", "_csrf=" + encode(csrf(mine.body()))));
        assertThat(out.uri().getPath()).isEqualTo("/");
        assertThat(out.uri().getQuery()).isEqualTo("daDangXuat");
        assertThat(get(browser, "/ca-nhan/ho-so").statusCode()).isEqualTo(302);
        HttpResponse<String> login = follow(browser, get(browser, "/ca-nhan/ho-so"));
        assertThat(login.uri().getPath()).as("the provider asks for the password again").isEqualTo("/idp/login");
    }

    @Test
    void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
        HttpClient browser = browser();
        signIn(browser, "congdan");
        HttpResponse<String> forged = post(browser, "/ca-nhan/thong-tin", "fullName=X&idNumber=079201001111");
        assertThat(forged.statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownPageIsAPageInVietnameseAndApisKeepProblemJson() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> missing = get(browser, "/khong-co-trang-nay");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(missing.body()).contains("Không tìm thấy", "Về trang chủ");
        HttpResponse<String> api = get(browser, "/api/v1/dossiers?agency=x");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void theLanguageToggleIsRemembered() throws Exception {
        HttpClient browser = browser();
        assertThat(get(browser, "/").body()).contains("Bạn cần làm thủ tục gì?");
        assertThat(get(browser, "/?lang=en").body()).contains("Which procedure do you need?");
        assertThat(get(browser, "/thu-tuc/1.001193").body()).contains("Legal basis").contains("lang=\"en\"");
        assertThat(get(browser, "/?lang=vi").body()).contains("Bạn cần làm thủ tục gì?");
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in from the header's link; answers the page the sign-in lands on. */
    private HttpResponse<String> signIn(HttpClient browser, String username) throws Exception {
        HttpResponse<String> login = follow(browser, get(browser, "/dang-nhap"));
        HttpResponse<String> landed = follow(browser, post(browser, "/idp/login",
                "username=" + username + "&password=TinhSo%402026&_csrf=" + encode(csrf(login.body()))));
        assertThat(landed.statusCode()).as(landed.uri().toString()).isEqualTo(200);
        return landed;
    }

    /** Follows redirects one by one, as a browser does (the client itself is told not to). */
    private HttpResponse<String> follow(HttpClient browser, HttpResponse<String> answer) throws Exception {
        HttpResponse<String> current = answer;
        for (int hops = 0; hops < 20 && current.statusCode() / 100 == 3; hops++) {
            URI next = current.uri().resolve(current.headers().firstValue("Location").orElseThrow());
            current = browser.send(HttpRequest.newBuilder(next).header("Accept", "text/html").build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        return current;
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(HttpClient browser, String path, String form) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String csrf(String page) {
        Matcher matcher = CSRF.matcher(page);
        assertThat(matcher.find()).as("a CSRF token on the page").isTrue();
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
