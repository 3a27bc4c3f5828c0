package vn.tinhso.identity.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.Role;
import vn.tinhso.shared.ProblemResponses;

/**
 * Who may call what. Reading public catalogues (calendar, administrative units, agencies) needs no sign-in; changing
 * them needs a catalogue administrator; the audit log is for auditors. Every refusal is problem+json.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** Passwords checked against the account store, remembered briefly once verified (see VerifiedCredentials). */
    @Bean
    AuthenticationManager authenticationManager(Accounts accounts, PasswordEncoder passwords) {
        DaoAuthenticationProvider store = new DaoAuthenticationProvider(accounts);
        store.setPasswordEncoder(passwords);
        return new ProviderManager(new VerifiedCredentials(store, Clock.systemUTC()));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication)
            throws Exception {
        String admin = Role.SYSTEM_ADMIN.name();
        String catalog = Role.CATALOG_ADMIN.name();
        http.authenticationManager(authentication);
        http.securityMatcher("/api/**", "/actuator/**", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/info").permitAll()
                        .requestMatchers("/actuator/**").hasRole(admin)
                        .requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html").permitAll()
                        .requestMatchers("/api/v1/audit/**").hasAnyRole(Role.AUDITOR.name(), admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/overrides/**").permitAll()
                        .requestMatchers("/api/v1/calendar/overrides/**").hasAnyRole(catalog, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/calendar/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/organization/units/**",
                                "/api/v1/organization/agencies/**").permitAll()
                        .requestMatchers("/api/v1/organization/**").hasAnyRole(catalog, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/procedures/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/procedures/*/versions/*/form-check").permitAll()
                        .requestMatchers("/api/v1/admin/procedures/**").hasAnyRole(catalog, admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/dossiers/**").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/public/dossiers/*/rating").permitAll()
                        .requestMatchers("/api/v1/results/**").hasAnyRole(Role.COUNTER_OFFICER.name(),
                                Role.SPECIALIST.name(), Role.LEADER.name(), admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasAnyRole(Role.CITIZEN.name(),
                                Role.COUNTER_OFFICER.name(), admin)
                        .requestMatchers("/api/v1/dossiers/**").hasAnyRole(Role.COUNTER_OFFICER.name(),
                                Role.SPECIALIST.name(), Role.LEADER.name(), admin)
                        .requestMatchers("/api/v1/notifications/**").hasRole(admin)
                        .requestMatchers("/api/v1/tasks/**").hasAnyRole(Role.COUNTER_OFFICER.name(),
                                Role.SPECIALIST.name(), Role.LEADER.name(), admin)
                        .requestMatchers("/api/v1/admin/workflows/**").hasRole(admin)
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        problems.write("unauthorized", HttpStatus.UNAUTHORIZED, request, response)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write("unauthorized", HttpStatus.UNAUTHORIZED, request, response))
                        .accessDeniedHandler((request, response, denied) ->
                                problems.write("forbidden", HttpStatus.FORBIDDEN, request, response)))
                // API clients authenticate every call; no session, hence no CSRF token to steal.
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return http.build();
    }
}
