package vn.tinhso.integration.gateway;

import io.micrometer.observation.ObservationPredicate;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gateway calls are measured by the gateway's own meters ({@link GatewayMetrics}); the generic observations of
 * every HTTP request and every security filter would measure them a second time at a cost the benchmark showed,
 * so they are skipped for requests under {@code /gw/}.
 */
@Configuration(proxyBeanMethods = false)
class GatewayRequests {

    private static final ThreadLocal<Boolean> GATEWAY = new ThreadLocal<>();

    @Bean
    ObservationPredicate noGenericObservationsOfGatewayCalls() {
        return (name, context) -> GATEWAY.get() == null
                || !(name.startsWith("spring.security.") || name.equals("http.server.requests"));
    }

    /** Marks the thread as handling a gateway call for as long as the request runs. */
    static final class Marker implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            GATEWAY.set(Boolean.TRUE);
            try {
                chain.doFilter(request, response);
            } finally {
                GATEWAY.remove();
            }
        }
    }
}
