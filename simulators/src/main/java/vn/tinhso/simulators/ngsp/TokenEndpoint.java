package vn.tinhso.simulators.ngsp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.simulators.SimulatorProperties;
import vn.tinhso.simulators.SimulatorProperties.Client;

/**
 * OAuth2 client credentials (RFC 6749 §4.4): a registered client authenticates with HTTP Basic or form fields and
 * gets a short-lived bearer token for the services it is registered for, or the subset it asks for in
 * {@code scope}. Errors follow RFC 6749 §5.2.
 */
@RestController
class TokenEndpoint {

    private final SimulatorProperties properties;
    private final Tokens tokens;

    TokenEndpoint(SimulatorProperties properties, Tokens tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @PostMapping(path = "/oauth2/token", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
    ResponseEntity<Map<String, Object>> token(@RequestHeader(value = HttpHeaders.AUTHORIZATION, required = false)
                                              String authorization,
                                              @RequestParam(value = "grant_type", required = false) String grantType,
                                              @RequestParam(value = "scope", required = false) String scope,
                                              @RequestParam(value = "client_id", required = false) String clientId,
                                              @RequestParam(value = "client_secret", required = false)
                                              String clientSecret) {
        String[] credentials = basic(authorization).orElse(new String[] {clientId, clientSecret});
        Optional<Client> client = authenticate(credentials[0], credentials[1]);
        if (client.isEmpty()) {
            return error(HttpStatus.UNAUTHORIZED, "invalid_client");
        }
        if (!"client_credentials".equals(grantType)) {
            return error(HttpStatus.BAD_REQUEST, "unsupported_grant_type");
        }
        Set<String> registered = new LinkedHashSet<>(client.get().services());
        Set<String> granted = scope == null || scope.isBlank() ? registered
                : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        if (!registered.containsAll(granted)) {
            return error(HttpStatus.BAD_REQUEST, "invalid_scope");
        }
        Tokens.Token token = tokens.issue(client.get().id(), granted);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", token.value());
        body.put("token_type", "Bearer");
        body.put("expires_in", tokens.ttlSeconds());
        body.put("scope", String.join(" ", granted));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
    }

    private Optional<Client> authenticate(String id, String secret) {
        if (id == null || secret == null || properties.ngsp().clients() == null) {
            return Optional.empty();
        }
        return properties.ngsp().clients().stream()
                .filter(c -> c.id().equals(id))
                .filter(c -> MessageDigest.isEqual(c.secret().getBytes(StandardCharsets.UTF_8),
                        secret.getBytes(StandardCharsets.UTF_8)))
                .findFirst();
    }

    private static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (status == HttpStatus.UNAUTHORIZED) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"ngsp\"");
        }
        return builder.body(Map.of("error", error));
    }
}
