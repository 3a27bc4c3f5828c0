package vn.tinhso.web.support;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Locale;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The language toggle: {@code ?lang=en} or {@code ?lang=vi} on any page sets a cookie, and pages are then rendered in
 * that language whatever the browser sends. The platform's locale resolver reads {@code Accept-Language}, so the
 * filter presents the chosen language as that header; APIs are left alone.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class PageLanguage extends OncePerRequestFilter {

    static final String COOKIE = "ngonNgu";

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String chosen = normalised(request.getParameter("lang"));
        if (chosen != null) {
            Cookie cookie = new Cookie(COOKIE, chosen);
            cookie.setPath("/");
            cookie.setMaxAge(60 * 60 * 24 * 365);
            cookie.setHttpOnly(true);
            response.addCookie(cookie);
        } else {
            chosen = fromCookie(request);
        }
        chain.doFilter(chosen == null ? request : new InLanguage(request, chosen), response);
    }

    private static String fromCookie(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return normalised(cookie.getValue());
            }
        }
        return null;
    }

    private static String normalised(String language) {
        return "en".equals(language) || "vi".equals(language) ? language : null;
    }

    private static final class InLanguage extends HttpServletRequestWrapper {

        private final String language;

        InLanguage(HttpServletRequest request, String language) {
            super(request);
            this.language = language;
        }

        @Override
        public String getHeader(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? language : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return "Accept-Language".equalsIgnoreCase(name) ? Collections.enumeration(java.util.List.of(language))
                    : super.getHeaders(name);
        }

        @Override
        public Locale getLocale() {
            return Locale.forLanguageTag(language);
        }

        @Override
        public Enumeration<Locale> getLocales() {
            return Collections.enumeration(java.util.List.of(getLocale()));
        }
    }
}
