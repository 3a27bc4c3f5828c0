package vn.tinhso.integration.gateway;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.shared.ProblemResponses;

/**
 * Authenticates gateway calls that reach Tomcat by their bearer token ({@link TokenCheck}); a refused token is
 * answered here with 401 problem+json. The token endpoint needs none.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    static final String TOKEN = BearerTokenFilter.class.getName() + ".token";
    static final String CONSUMER_AUTHORITY = "ROLE_INTEGRATION_CONSUMER";
    private static final String TOKEN_PATH = "/gw/oauth2/token";

    private final TokenCheck tokens;
    private final ProblemResponses problems;

    BearerTokenFilter(TokenCheck tokens, ProblemResponses problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return TOKEN_PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        TokenCheck.Result checked = tokens.check(request.getHeader("Authorization"), request.getMethod(),
                request.getRequestURI(), problems.localeOf(request));
        if (checked.refusal() != null) {
            GatewayDispatch.write(checked.refusal(), response);
            return;
        }
        request.setAttribute(TOKEN, checked.token());
        var authentication = UsernamePasswordAuthenticationToken.authenticated(checked.token().consumerKey(), null,
                List.of(new SimpleGrantedAuthority(CONSUMER_AUTHORITY)));
        SecurityContextHolder.getContextHolderStrategy().setContext(new SecurityContextImpl(authentication));
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.getContextHolderStrategy().clearContext();
        }
    }
}
