package vn.tinhso.simulators.ngsp;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.simulators.web.Problems;

/**
 * Guards {@code /{serviceCode}/{version}/**} of the national services: 401 without a live bearer token, 403 when
 * the token's scope does not name the service. A service description (WSDL) stays public, as published ones are.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class BearerTokenFilter extends OncePerRequestFilter {

    private final Tokens tokens;

    BearerTokenFilter(Tokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return serviceCode(request).isEmpty() || isServiceDescription(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String service = serviceCode(request).orElseThrow();
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            unauthorized(response, "missing-token", "Thiếu mã truy cập (bearer token required)");
            return;
        }
        Optional<Tokens.Token> token = tokens.find(authorization.substring(7).trim());
        if (token.isEmpty()) {
            unauthorized(response, "invalid-token", "Mã truy cập không hợp lệ hoặc đã hết hạn (invalid or expired token)");
            return;
        }
        if (!token.get().scope().contains(service)) {
            Problems.write(response, HttpStatus.FORBIDDEN, "not-in-scope",
                    "Mã truy cập không cho phép dịch vụ " + service + " (service not in token scope)");
            return;
        }
        request.setAttribute("ngsp.client", token.get().clientId());
        chain.doFilter(request, response);
    }

    private static void unauthorized(HttpServletResponse response, String code, String detail) throws IOException {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"ngsp\", error=\"invalid_token\"");
        Problems.write(response, HttpStatus.UNAUTHORIZED, code, detail);
    }

    /** The service code of a national-service path such as {@code /population/v1/citizens/…}. */
    static Optional<String> serviceCode(HttpServletRequest request) {
        String[] parts = request.getRequestURI().substring(request.getContextPath().length()).split("/");
        if (parts.length >= 3 && NationalServices.CODES.contains(parts[1]) && parts[2].matches("v\\d+")) {
            return Optional.of(parts[1]);
        }
        return Optional.empty();
    }

    private static boolean isServiceDescription(HttpServletRequest request) {
        return "GET".equals(request.getMethod())
                && (request.getRequestURI().endsWith(".wsdl") || request.getParameter("wsdl") != null);
    }
}
