package vn.tinhso.integration.gateway;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import vn.tinhso.shared.ProblemResponses;

/**
 * The gateway's own filter chain for {@code /gw/**}, ahead of the platform's API chain: consumers' bearer tokens,
 * stateless, nothing of the sign-in machinery of people (no Basic, no session, no CSRF, no request cache).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class GatewaySecurity {

    @Bean
    @Order(1)
    SecurityFilterChain gateway(HttpSecurity http, TokenCheck tokens, ProblemResponses problems)
            throws Exception {
        http.securityMatcher("/gw/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/gw/oauth2/token").permitAll()
                        .anyRequest().hasAuthority(BearerTokenFilter.CONSUMER_AUTHORITY))
                .addFilterBefore(new BearerTokenFilter(tokens, problems), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write("gateway-token-missing", HttpStatus.UNAUTHORIZED, request, response))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write("forbidden", HttpStatus.FORBIDDEN, request, response)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .servletApi(servletApi -> servletApi.disable())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable())
                // The provider's answer is passed on as it is; the gateway adds no browser headers to it.
                .headers(headers -> headers.disable());
        return http.build();
    }
}
