package vn.tinhso.integration.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.consumer.AccessTokens;
import vn.tinhso.shared.Correlation;
import vn.tinhso.shared.ProblemResponses;

/**
 * Authenticates gateway calls by their bearer token, in memory (signature, expiry, consumer generation). A missing,
 * bad, expired or revoked token is answered here with 401 problem+json and logged; the token endpoint needs none.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN = BearerTokenFilter.class.getName() + ".token";
    static final String CONSUMER_AUTHORITY = "ROLE_INTEGRATION_CONSUMER";
    private static final String TOKEN_PATH = "/gw/oauth2/token";

    private final AccessTokens tokens;
    private final ProblemResponses problems;
    private final GatewayJournal journal;
    private final JsonMapper json;

    BearerTokenFilter(AccessTokens tokens, ProblemResponses problems, GatewayJournal journal, JsonMapper json) {
        this.tokens = tokens;
        this.problems = problems;
        this.journal = journal;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return TOKEN_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            refuse("gateway-token-missing", request, response);
            return;
        }
        AccessTokens.Verified verified = tokens.verify(header.substring(7).strip());
        if (verified.token() == null) {
            refuse(switch (verified.failure()) {
                case EXPIRED -> "gateway-token-expired";
                case REVOKED -> "gateway-token-revoked";
                case INVALID -> "gateway-token-invalid";
            }, request, response);
            return;
        }
        request.setAttribute(TOKEN, verified.token());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(verified.token().consumerKey(), null,
                List.of(new SimpleGrantedAuthority(CONSUMER_AUTHORITY)));
        SecurityContextHolder.getContextHolderStrategy().setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }

    private void refuse(String code, HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body = json.writeValueAsBytes(problems.build(code, HttpStatus.UNAUTHORIZED, new Object[0], request));
        journal.record(new Exchange(Correlation.currentId(), request.getMethod(), request.getRequestURI())
                .response(401, GatewayProblem.Outcome.REJECTED, body, MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        response.setStatus(401);
        response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
