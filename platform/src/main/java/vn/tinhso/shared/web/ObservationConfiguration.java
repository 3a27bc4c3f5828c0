package vn.tinhso.shared.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Which requests are observed. Every request keeps its {@code http.server.requests} timer (Prometheus), but Spring
 * Security's own observations — one per filter of the chain, per authorisation — are off: profiling the public
 * lookup showed them as the largest single cost of a request (about a fifth of its CPU), for traces nobody reads.
 */
@Configuration(proxyBeanMethods = false)
class ObservationConfiguration {

    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
