package vn.tinhso.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs a demo account in through the platform's embedded OpenID provider, as its users do: a browser session for
 * the pages, or a bearer token (authorization code with PKCE for the public client {@code tinhso-cli}) for API
 * clients. The benchmarks use these instead of HTTP Basic, whose password hash (bcrypt, tens of milliseconds of CPU
 * on purpose) would otherwise be paid by every request and measured instead of the work.
 */
final class SignIn {

    static final String PASSWORD = "TinhSo@2026";
    private static final String CALLBACK = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"|value=\"([^\"]+)\"[^>]*name=\"_csrf\"");

    private SignIn() {
    }

    /** A cookie-keeping client that does not follow redirects (each hop is checked). */
    static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** A client whose session is signed in to the pages through single sign-on. */
    static HttpClient session(String base, String username) throws Exception {
        HttpClient client = client();
        HttpResponse<String> answer = signInAt(client, base, base + "/oauth2/authorization/tinhso", username);
        // Back at the platform's redirect endpoint, which then sends the browser on to its start page.
        for (int hops = 0; hops < 5 && answer.statusCode() == 302; hops++) {
            String next = location(base, answer);
            if (!next.startsWith(base)) {
                break;
            }
            answer = get(client, next);
        }
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("Page sign-in of " + username + " ended with HTTP " + answer.statusCode());
        }
        return client;
    }

    /** An access token for API calls (lifetime {@code tinhso.identity.access-token-lifetime}, 10 minutes). */
    static String bearerToken(String base, String username) throws Exception {
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        HttpClient client = client();
        HttpResponse<String> answer = signInAt(client, base, base + "/oauth2/authorize?response_type=code"
                + "&client_id=tinhso-cli&scope=openid%20profile&state=bench&code_challenge=" + challenge
                + "&code_challenge_method=S256&redirect_uri=" + encode(CALLBACK), username);
        for (int hops = 0; hops < 5 && !location(base, answer).startsWith(CALLBACK); hops++) {
            answer = get(client, location(base, answer));
        }
        Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(location(base, answer));
        if (!code.find()) {
            throw new IllegalStateException("No authorization code for " + username + ": " + answer.statusCode());
        }
        String form = "grant_type=authorization_code&client_id=tinhso-cli&redirect_uri=" + encode(CALLBACK)
                + "&code_verifier=" + encode(verifier) + "&code="
                + encode(URLDecoder.decode(code.group(1), StandardCharsets.UTF_8));
        HttpResponse<String> tokens = post(client, base + "/oauth2/token", form);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(tokens.body());
        if (tokens.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Token request for " + username + ": HTTP " + tokens.statusCode());
        }
        return token.group(1);
    }

    /** Starts at {@code start}, follows the redirects to the provider's sign-in page and posts the password. */
    private static HttpResponse<String> signInAt(HttpClient client, String base, String start, String username)
            throws Exception {
        HttpResponse<String> page = get(client, start);
        for (int hops = 0; hops < 5 && page.statusCode() == 302; hops++) {
            page = get(client, location(base, page));
        }
        if (page.statusCode() != 200 || !page.uri().getPath().equals("/idp/login")) {
            throw new IllegalStateException("Expected the sign-in page, got " + page.uri() + " " + page.statusCode());
        }
        HttpResponse<String> answer = post(client, base + "/idp/login", "username=" + encode(username)
                + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf(page.body())));
        if (answer.statusCode() != 302 || location(base, answer).contains("error")) {
            throw new IllegalStateException("Sign-in of " + username + " refused: " + answer.statusCode());
        }
        return get(client, location(base, answer));
    }

    static String csrf(String html) {
        Matcher matcher = CSRF.matcher(html);
        if (!matcher.find()) {
            throw new IllegalStateException("No CSRF token in the page");
        }
        return matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
    }

    private static String location(String base, HttpResponse<String> answer) {
        String location = answer.headers().firstValue("Location").orElse("");
        return location.startsWith("/") ? base + location : location;
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient client, String url, String form) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
