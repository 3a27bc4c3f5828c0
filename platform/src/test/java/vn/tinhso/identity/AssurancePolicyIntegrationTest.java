package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.identity.totp.Base32;
import vn.tinhso.identity.totp.Totp;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * The assurance rules of the seed (r4 §6) over real HTTP: paying and receiving an electronic result need an AS-3
 * account and two factors. A citizen registers online (AS-2), adds an authenticator app, is verified at the counter
 * (AS-4), and only then — and only with a code — may pay and download their result; the same through the embedded
 * OpenID provider, where the token says how the person signed in.
 */
@PlatformIntegrationTest
class AssurancePolicyIntegrationTest {

    private static final String PASSWORD = "Lúa chín vàng đồng 2026";
    private static final Map<String, Object> PAY = Map.of("action", "PAY", "onlineMode", "FULLY_ONLINE");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final Totp totp = Totp.standard();

    @Test
    void anAs2SessionCannotPayOrReceiveAResultWithoutASecondFactorAndAVerifiedAccount() {
        String id = "094198" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        Api anyone = Api.at(port);
        Api.Answer registered = anyone.post("/api/v1/identity/registrations", Map.of("personalId", id,
                "fullName", "Trần Thị Bảo Ngọc", "birthDate", "1998-03-04", "email", "ngoc@example.vn",
                "password", PASSWORD));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        assertThat(registered.json().get("assuranceLevel").asString()).isEqualTo("AS-2");
        Api citizen = basic(id);

        JsonNode me = citizen.get("/api/v1/me").json();
        assertThat(me.get("accountLevel").asString()).isEqualTo("AS-2");
        assertThat(me.get("factors").asInt()).isEqualTo(1);
        assertRefused(citizen.post("/api/v1/me/authorizations", PAY), "assurance-insufficient");

        // An authenticator app: confirmed with the code of the previous time step, so the next two steps' codes
        // are still unused.
        byte[] secret = Base32.decode(citizen.post("/api/v1/me/totp", Map.of()).json().get("secret").asString());
        long step = Totp.step(Instant.now());
        assertThat(citizen.post("/api/v1/me/totp/confirmation", Map.of("code", totp.code(secret, step - 1)))
                .status()).isEqualTo(204);

        // Two factors do not make up for an unverified account: AS-2 may not pay.
        assertRefused(citizen.with("X-TinhSo-OTP", totp.code(secret, step)).post("/api/v1/me/authorizations", PAY),
                "assurance-insufficient");

        // Verified in person at the counter: AS-4. A password alone is still not enough to pay.
        Api.Answer verified = Api.at(port).as("motcua").post("/api/v1/identity/accounts/" + id + "/verification",
                Map.of("method", "IN_PERSON"));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertRefused(citizen.post("/api/v1/me/authorizations", PAY), "second-factor-required");
        assertThat(citizen.with("X-TinhSo-OTP", totp.code(secret, step + 1)).post("/api/v1/me/authorizations", PAY)
                .status()).isEqualTo(204);

        // A used code is refused (RFC 6238 §5.2), and audited.
        Api.Answer replayed = citizen.with("X-TinhSo-OTP", totp.code(secret, step + 1))
                .post("/api/v1/me/authorizations", PAY);
        assertThat(replayed.status()).isEqualTo(401);
        assertThat(replayed.json().get("code").asString()).isEqualTo("second-factor-invalid");

        // The electronic result of the citizen's own dossier: one factor refused, a code sent by e-mail accepted.
        Api officer = Api.at(port).as("motcua");
        Map<String, Object> intake = MatrixUsers.intake(anyone, "000.00.51.H92", id);
        String code = officer.post("/api/v1/dossiers", intake).json().get("code").asString();
        officer.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", Map.of());
        byte[] pdf = ("%PDF-1.4\n% trich luc " + id + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
        String file = officer.with("X-File-Name", "trich-luc.pdf").post("/api/v1/files", "application/octet-stream",
                pdf).json().get("id").asString();
        String result = officer.post("/api/v1/dossiers/" + code + "/results",
                Map.of("name", "Trích lục khai sinh", "fileId", file)).json().get("code").asString();
        String download = "/api/v1/dossiers/" + code + "/results/" + result + "/file";

        assertRefused(citizen.get(download), "second-factor-required");
        assertThat(citizen.post("/api/v1/me/one-time-codes", Map.of("channel", "EMAIL")).status()).isEqualTo(202);
        Api.Answer received = citizen.with("X-TinhSo-OTP", lastEmailedCode("ngoc@example.vn")).get(download);
        assertThat(received.status()).as(received.toString()).isEqualTo(200);
        assertThat(received.bytes()).isEqualTo(pdf);
        assertThat(officer.get(download).status()).as("staff of the unit print it without a second factor")
                .isEqualTo(200);
        assertRefused(Api.at(port).as("congdan").get(download), "access-denied");
    }

    @Test
    void theEmbeddedProvidersTokenSaysHowThePersonSignedInAndThePolicyReadsIt() throws Exception {
        String id = "094098" + String.format("%06d", Math.floorMod(UUID.randomUUID().hashCode(), 1_000_000));
        assertThat(Api.at(port).post("/api/v1/identity/registrations", Map.of("personalId", id,
                "fullName", "Lý Văn Phát", "birthDate", "1998-11-20", "password", PASSWORD)).status())
                .isEqualTo(201);
        Api.at(port).as("motcua").post("/api/v1/identity/accounts/" + id + "/verification",
                Map.of("method", "VERIFIED_ONLINE"));

        // Password only: the token says so, and paying is refused for want of a second factor.
        JsonNode passwordOnly = signInThroughTheEmbeddedProvider(id, null);
        assertThat(claims(passwordOnly.get("id_token").asString()).get("amr").values())
                .extracting(JsonNode::asString).containsExactly("pwd");
        Api bearer = Api.at(port).with("Authorization", "Bearer " + passwordOnly.get("access_token").asString());
        assertThat(bearer.get("/api/v1/me").json().get("accountLevel").asString()).isEqualTo("AS-3");
        assertRefused(bearer.post("/api/v1/me/authorizations", PAY), "second-factor-required");

        // With an authenticator app the sign-in asks for its code, and the token carries both factors.
        byte[] secret = Base32.decode(basic(id).post("/api/v1/me/totp", Map.of()).json().get("secret").asString());
        long step = Totp.step(Instant.now());
        basic(id).post("/api/v1/me/totp/confirmation", Map.of("code", totp.code(secret, step - 1)));
        JsonNode twoFactors = signInThroughTheEmbeddedProvider(id, totp.code(secret, step));
        assertThat(claims(twoFactors.get("access_token").asString()).get("amr").values())
                .extracting(JsonNode::asString).containsExactly("pwd", "otp");
        Api stepped = Api.at(port).with("Authorization", "Bearer " + twoFactors.get("access_token").asString());
        assertThat(stepped.post("/api/v1/me/authorizations", PAY).status()).isEqualTo(204);
        assertThat(stepped.get("/api/v1/me").json().get("factors").asInt()).isEqualTo(2);
    }

    /** Authorization code flow with PKCE for the public client tinhso-cli, driven like a browser. */
    private JsonNode signInThroughTheEmbeddedProvider(String username, String code) throws Exception {
        String base = "http://localhost:" + port;
        String verifier = UUID.randomUUID() + "-" + UUID.randomUUID();
        String challenge = Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        Browser browser = new Browser();
        Browser.Page login = browser.follow(browser.get(base + "/oauth2/authorize?response_type=code"
                + "&client_id=tinhso-cli&scope=openid%20profile&state=s1&code_challenge=" + challenge
                + "&code_challenge_method=S256&redirect_uri=" + encode("http://127.0.0.1/callback")), null);
        assertThat(login.uri().getPath()).as(login.status() + " " + login.location() + " " + login.body())
                .isEqualTo("/idp/login");
        Browser.Page next = browser.post(login.formAction(null), Map.of("username", username, "password", PASSWORD,
                "_csrf", login.hidden("_csrf")));
        if (code != null) {
            Browser.Page second = browser.follow(next, null);
            assertThat(second.uri().getPath()).isEqualTo("/idp/second-factor");
            next = browser.post(second.formAction(null), Map.of("code", code, "_csrf", second.hidden("_csrf")));
        }
        Browser.Page callback = browser.follow(next, "http://127.0.0.1/callback");
        assertThat(callback.location()).as(callback.body()).startsWith("http://127.0.0.1/callback?code=");
        String authorizationCode = callback.location().replaceAll(".*[?&]code=([^&]+).*", "$1");

        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", java.net.URLDecoder.decode(authorizationCode, StandardCharsets.UTF_8));
        form.put("redirect_uri", "http://127.0.0.1/callback");
        form.put("client_id", "tinhso-cli");
        form.put("code_verifier", verifier);
        String body = String.join("&", form.entrySet().stream()
                .map(entry -> entry.getKey() + "=" + encode(entry.getValue())).toList());
        HttpResponse<String> tokens = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(base + "/oauth2/token")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        return JSON.readTree(tokens.body());
    }

    private Api basic(String username) {
        String token = Base64.getEncoder().encodeToString((username + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        return Api.at(port).with("Authorization", "Basic " + token);
    }

    private String lastEmailedCode(String address) {
        String body = jdbc.sql("""
                select body from notification_outbox where recipient = ? and idempotency_key like 'identity-otp:%'
                order by id desc limit 1""").param(address).query(String.class).single();
        return body.replaceAll("(?s).*?(\\d{6}).*", "$1");
    }

    private static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static void assertRefused(Api.Answer answer, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(403);
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
