package vn.tinhso.integration.gateway;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

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
    FilterRegistrationBean<Filter> gatewayDispatchFilter(GatewayController gateway) {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new Dispatch(gateway));
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

    private record Dispatch(GatewayController gateway) implements Filter {

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
            gateway.call(serviceCode, versionCode, request, (HttpServletResponse) servletResponse);
        }
    }
}
