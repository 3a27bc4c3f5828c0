package vn.tinhso.integration.gateway;

import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import vn.tinhso.shared.ProblemResponses;

/**
 * {@code tinhso.role=gateway}: the same jar as a gateway process. It answers only {@code /gw/**} and
 * {@code /actuator/**}; everything else is 404, so the gateway can face consumers in its own network zone while
 * the platform's APIs stay inside (docs/integration.md).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tinhso.role", havingValue = "gateway")
class GatewayRole {

    @Bean
    FilterRegistrationBean<Filter> gatewayOnly(ProblemResponses problems) {
        Filter filter = (servletRequest, servletResponse, chain) -> {
            HttpServletRequest request = (HttpServletRequest) servletRequest;
            String path = request.getRequestURI();
            if (path.startsWith("/gw/") || path.startsWith("/actuator/")) {
                chain.doFilter(servletRequest, servletResponse);
            } else {
                problems.write("not-found", HttpStatus.NOT_FOUND, request, (HttpServletResponse) servletResponse);
            }
        };
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
