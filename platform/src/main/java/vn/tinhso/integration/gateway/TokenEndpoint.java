package vn.tinhso.integration.gateway;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.integration.consumer.AccessTokens;

/**
 * {@code POST /gw/oauth2/token}: OAuth2 client credentials (RFC 6749 §4.4) with HTTP Basic or form credentials.
 * Errors follow RFC 6749 §5.2 here, and only here.
 */
@RestController
class TokenEndpoint {

    private final AccessTokens tokens;

    TokenEndpoint(AccessTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping("/gw/oauth2/token")
    ResponseEntity<Map<String, Object>> token(HttpServletRequest request) {
        if (!"client_credentials".equals(request.getParameter("grant_type"))) {
            return error(HttpStatus.BAD_REQUEST, request.getParameter("grant_type") == null ? "invalid_request"
                    : "unsupported_grant_type");
        }
        String[] credentials = credentials(request);
        try {
            AccessTokens.Grant grant = tokens.issue(credentials[0], credentials[1], request.getParameter("scope"));
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("access_token", grant.accessToken());
            body.put("token_type", "Bearer");
            body.put("expires_in", grant.expiresIn());
            body.put("scope", grant.scope());
            return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(body);
        } catch (AccessTokens.TokenRefused refused) {
            return error("invalid_client".equals(refused.error()) ? HttpStatus.UNAUTHORIZED : HttpStatus.BAD_REQUEST,
                    refused.error());
        }
    }

    private static String[] credentials(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
            try {
                String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()),
                        StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon > 0) {
                    return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
                }
            } catch (IllegalArgumentException malformed) {
                return new String[] {null, null};
            }
        }
        return new String[] {request.getParameter("client_id"), request.getParameter("client_secret")};
    }

    private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String error) {
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(status).cacheControl(CacheControl.noStore());
        if (status == HttpStatus.UNAUTHORIZED) {
            builder.header("WWW-Authenticate", "Basic realm=\"lgsp\"");
        }
        return builder.body(Map.of("error", error));
    }
}
