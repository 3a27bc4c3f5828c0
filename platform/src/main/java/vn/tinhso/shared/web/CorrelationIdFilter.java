package vn.tinhso.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.tinhso.shared.Correlation;

/** Gives every request a correlation id (the caller's, if well-formed) and echoes it in the response. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationIdFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = Correlation.acceptOrNew(request.getHeader(Correlation.HEADER));
        response.setHeader(Correlation.HEADER, id);
        try (Correlation.Scope ignored = Correlation.begin(id)) {
            chain.doFilter(request, response);
        }
    }
}
