package vn.tinhso.integration.gateway;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.tinhso.integration.consumer.AccessTokens;
import vn.tinhso.shared.Correlation;
import vn.tinhso.shared.ProblemResponses;

/**
 * Hands {@code /gw/{service}/{version}/**} to the gateway right after Spring Security has authenticated the bearer
 * token, without going through Spring MVC; the token endpoint and {@code /gw/messages/{id}} stay ordinary
 * controllers.
 */
@Configuration(proxyBeanMethods = false)
class GatewayDispatch {

    /** After the security filter chain (order -100), before everything else. */
    private static final int ORDER = -90;

    @Bean
    FilterRegistrationBean<Filter> gatewayDispatchFilter(GatewayController gateway, ProblemResponses problems) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Dispatch(gateway, problems));
        registration.addUrlPatterns("/gw/*");
        registration.setOrder(ORDER);
        return registration;
    }

    @Bean
    FilterRegistrationBean<Filter> gatewayRequestMarker() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new GatewayRequests.Marker());
        registration.addUrlPatterns("/gw/*");
        // Before the HTTP observation filter (HIGHEST_PRECEDENCE + 1) so that it sees the mark.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    private record Dispatch(GatewayController gateway, ProblemResponses problems) implements Filter {

        @Override
        public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            String path = request.getRequestURI();
            // /gw/{service}/{version}[/...]
            int service = path.indexOf('/', 4);
            int version = service < 0 ? -1 : path.indexOf('/', service + 1);
            String serviceCode = service < 0 ? "" : path.substring(4, service);
            if (service < 0 || serviceCode.equals("oauth2") || serviceCode.equals("messages")
                    || request.getAttribute(BearerTokenFilter.TOKEN) == null) {
                chain.doFilter(servletRequest, servletResponse);
                return;
            }
            String versionCode = version < 0 ? path.substring(service + 1) : path.substring(service + 1, version);
            AccessTokens.Token token = (AccessTokens.Token) request.getAttribute(BearerTokenFilter.TOKEN);
            write(gateway.call(serviceCode, versionCode, callOf(request), token), (HttpServletResponse) servletResponse);
        }

        private GatewayCall callOf(HttpServletRequest request) {
            List<String[]> headers = new ArrayList<>();
            Enumeration<String> names = request.getHeaderNames();
            while (names.hasMoreElements()) {
                String name = names.nextElement();
                Enumeration<String> values = request.getHeaders(name);
                while (values.hasMoreElements()) {
                    headers.add(new String[] {name, values.nextElement()});
                }
            }
            return new GatewayCall(request.getMethod(), request.getRequestURI(), request.getQueryString(), headers,
                    limit -> readBody(request, limit), request.getRemoteAddr(), problems.localeOf(request));
        }

        /** The body, refused with 413 past the service's limit without reading the rest. */
        private static byte[] readBody(HttpServletRequest request, int limit) throws IOException {
            if (request.getContentLengthLong() > limit) {
                throw GatewayProblem.tooLarge(limit);
            }
            try (InputStream in = request.getInputStream()) {
                byte[] body = in.readNBytes(limit + 1);
                if (body.length > limit) {
                    throw GatewayProblem.tooLarge(limit);
                }
                return body;
            }
        }
    }

    /** Writes the gateway's answer; the correlation id is this request's own (set by the correlation filter). */
    static void write(GatewayAnswer answer, HttpServletResponse response) throws IOException {
        response.setStatus(answer.status());
        for (String[] header : answer.headers()) {
            if (!Correlation.HEADER.equalsIgnoreCase(header[0])) {
                response.addHeader(header[0], header[1]);
            }
        }
        if (answer.contentType() != null) {
            response.setContentType(answer.contentType());
        }
        response.setContentLength(answer.body().length);
        response.getOutputStream().write(answer.body());
    }
}
