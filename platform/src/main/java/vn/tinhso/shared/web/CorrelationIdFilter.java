package vn.tinhso.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.shared.Correlation;

/** Gives every request a correlation id (the caller's, if well-formed) and echoes it in the response. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

    /** A caller's id is kept only if it cannot smuggle anything into logs or headers. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String offered = request.getHeader(Correlation.HEADER);
        String id = offered != null && SAFE_ID.matcher(offered).matches() ? offered : Correlation.newId();
        response.setHeader(Correlation.HEADER, id);
        try (Correlation.Scope ignored = Correlation.begin(id)) {
            chain.doFilter(request, response);
        }
    }
}
