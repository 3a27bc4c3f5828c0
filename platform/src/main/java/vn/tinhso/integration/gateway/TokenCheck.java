package vn.tinhso.integration.gateway;

import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.consumer.AccessTokens;
import vn.tinhso.shared.Correlation;
import vn.tinhso.shared.ProblemResponses;

/**
 * The bearer token of a gateway call, checked in memory (signature, expiry, consumer generation) — for Tomcat's
 * {@link BearerTokenFilter} and the {@link DataPlane} alike. A missing, bad, expired or revoked token becomes a 401
 * problem+json answer, logged like any other exchange.
 */
@Component
class TokenCheck {

    private final AccessTokens tokens;
    private final ProblemResponses problems;
    private final GatewayJournal journal;
    private final JsonMapper json;

    TokenCheck(AccessTokens tokens, ProblemResponses problems, GatewayJournal journal, JsonMapper json) {
        this.tokens = tokens;
        this.problems = problems;
        this.journal = journal;
        this.json = json;
    }

    /** Either the token or the refusal to answer with. */
    record Result(AccessTokens.Token token, GatewayAnswer refusal) {
    }

    /** @param authorization the {@code Authorization} header, or {@code null} */
    Result check(String authorization, String method, String path, Locale locale) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return refuse("gateway-token-missing", method, path, locale);
        }
        AccessTokens.Verified verified = tokens.verify(authorization.substring(7).strip());
        if (verified.token() != null) {
            return new Result(verified.token(), null);
        }
        return refuse(switch (verified.failure()) {
            case EXPIRED -> "gateway-token-expired";
            case REVOKED -> "gateway-token-revoked";
            case INVALID -> "gateway-token-invalid";
        }, method, path, locale);
    }

    private Result refuse(String code, String method, String path, Locale locale) {
        byte[] body = json.writeValueAsBytes(problems.build(code, HttpStatus.UNAUTHORIZED, new Object[0], locale,
                path));
        journal.record(new Exchange(Correlation.currentId(), method, path)
                .response(401, GatewayProblem.Outcome.REJECTED, body, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        return new Result(null, new GatewayAnswer(401,
                List.<String[]>of(new String[] {"WWW-Authenticate", "Bearer error=\"invalid_token\""}),
                MediaType.APPLICATION_PROBLEM_JSON_VALUE, body));
    }
}
