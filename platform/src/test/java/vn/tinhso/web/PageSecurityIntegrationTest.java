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
 * The pages' own sign-in chain, over real HTTP as a browser speaks it: sessions from the form, CSRF on, roles per
 * area, answers in plain words, the language toggle — and the API chain left as it was.
 */
@PlatformIntegrationTest
class PageSecurityIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Test
    void aPageThatNeedsSignInSendsToTheFormAndBack() throws Exception {
        HttpClient browser = browser();
        HttpResponse<String> wizard = get(browser, "/nop-ho-so/1.001193");
        assertThat(wizard.statusCode()).isEqualTo(302);
        assertThat(wizard.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap");
        HttpResponse<String> signedIn = signIn(browser, "congdan");
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).contains("/nop-ho-so/1.001193");
        assertThat(get(browser, "/nop-ho-so/1.001193").body()).contains("Bước 1/3");
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
    void aWrongPasswordShowsTheFormAgainWithAPlainMessage() throws Exception {
        HttpClient browser = browser();
        String token = csrf(get(browser, "/dang-nhap").body());
        HttpResponse<String> refused = post(browser, "/dang-nhap",
                "tenDangNhap=motcua&matKhau=sai&_csrf=" + encode(token));
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/dang-nhap?loi");
        assertThat(get(browser, "/dang-nhap?loi").body()).contains("Tên đăng nhập hoặc mật khẩu không đúng");
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

    private HttpResponse<String> signIn(HttpClient browser, String username) throws Exception {
        String token = csrf(get(browser, "/dang-nhap").body());
        HttpResponse<String> answer = post(browser, "/dang-nhap",
                "tenDangNhap=" + username + "&matKhau=TinhSo%402026&_csrf=" + encode(token));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer;
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
