package vn.tinhso.identity.web;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.mfa.SecondFactors;
import vn.tinhso.identity.oidc.BearerTokens;
import vn.tinhso.shared.ProblemResponses;

/**
 * Who may call which API path. URL rules are the first fence only: services check the unit and the owner again
 * through {@link vn.tinhso.identity.AccessPolicy} (a citizen reaches /api/v1/dossiers/** but sees only their own).
 * API clients sign in on every call with HTTP Basic (plus {@value SecondFactorFilter#HEADER} for a second factor) or
 * an OpenID Connect bearer token. Every refusal is problem+json. The expected outcome of every endpoint for every
 * role is the table {@code src/test/resources/authorization-matrix.csv}, checked by AuthorizationMatrixIntegrationTest.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableMethodSecurity
class SecurityConfiguration {

    /** Passwords checked against the account store, remembered briefly once verified (see VerifiedCredentials). */
    @Bean
    @Primary
    AuthenticationManager authenticationManager(VerifiedCredentials verified) {
        return new ProviderManager(verified);
    }

    @Bean
    VerifiedCredentials verifiedCredentials(Accounts accounts, PasswordEncoder passwords,
            IdentityProperties properties) {
        return new VerifiedCredentials(counted(accounts, passwords, properties), Clock.systemUTC());
    }

    @Bean
    InteractiveLogin interactiveLogin(Accounts accounts, PasswordEncoder passwords, IdentityProperties properties) {
        return new InteractiveLogin(new ProviderManager(counted(accounts, passwords, properties)));
    }

    private static LoginAttempts counted(Accounts accounts, PasswordEncoder passwords, IdentityProperties properties) {
        DaoAuthenticationProvider store = new DaoAuthenticationProvider(accounts);
        store.setPasswordEncoder(passwords);
        return new LoginAttempts(store, accounts, properties.lockout().freeAttempts(), Clock.systemUTC());
    }

    /**
     * The public dossier lookup — the province's busiest endpoint (the QR code on every receipt) — asks nobody to
     * sign in, so it skips the sign-in machinery (Basic, bearer tokens, second factor, session, request cache) and
     * keeps only the browser headers. Ahead of the API chain; ratings and every other path stay there.
     */
    @Bean
    @Order(3)
    SecurityFilterChain publicLookup(HttpSecurity http) throws Exception {
        http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET,
                        "/api/v1/public/dossiers/{code}"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(context -> context.securityContextRepository(
                        new RequestAttributeSecurityContextRepository()))
                .servletApi(servletApi -> servletApi.disable())
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .logout(logout -> logout.disable())
                .anonymous(anonymous -> anonymous.disable());
        return http.build();
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, ProblemResponses problems, AuthenticationManager authentication,
            BearerTokens bearerTokens, SecondFactors factors, Accounts accounts) throws Exception {
        String admin = Role.SYSTEM_ADMIN.name();
        String catalog = Role.CATALOG_ADMIN.name();
        String[] staff = {Role.COUNTER_OFFICER.name(), Role.SPECIALIST.name(), Role.LEADER.name(),
                Role.UNIT_LEADER.name(), Role.AGENCY_LEADER.name(), Role.CLERK.name(), admin};
        String[] dossierReaders = {Role.COUNTER_OFFICER.name(), Role.SPECIALIST.name(), Role.LEADER.name(),
                Role.UNIT_LEADER.name(), Role.AGENCY_LEADER.name(), Role.CLERK.name(), Role.AUDITOR.name(),
                Role.CITIZEN.name(), admin};
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
                        // Citizens read their own result store and results; services check whose they are.
                        .requestMatchers(HttpMethod.GET, "/api/v1/results/**").hasAnyRole(dossierReaders)
                        .requestMatchers(HttpMethod.POST, "/api/v1/dossiers").hasAnyRole(Role.CITIZEN.name(),
                                Role.COUNTER_OFFICER.name(), admin)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/*", "/api/v1/dossiers/*/receipt.pdf",
                                "/api/v1/dossiers/*/notices/*", "/api/v1/dossiers/*/results",
                                "/api/v1/dossiers/*/results/*/file", "/api/v1/dossiers/*/process")
                        .hasAnyRole(dossierReaders)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers").hasAnyRole(staff)
                        .requestMatchers(HttpMethod.GET, "/api/v1/dossiers/**").hasAnyRole(staff)
                        .requestMatchers("/api/v1/dossiers/**").hasAnyRole(staff)
                        .requestMatchers("/api/v1/notifications/**").hasRole(admin)
                        .requestMatchers("/api/v1/tasks/**").hasAnyRole(staff)
                        .requestMatchers("/api/v1/admin/workflows/**").hasRole(admin)
                        .requestMatchers(HttpMethod.POST, "/api/v1/identity/registrations").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/identity/accounts/*/verification")
                        .hasAnyRole(Role.COUNTER_OFFICER.name(), admin)
                        .requestMatchers("/api/v1/identity/**").hasRole(admin)
                        .requestMatchers("/api/v1/me", "/api/v1/me/**").authenticated()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, failure) ->
                        problems.write("unauthorized", HttpStatus.UNAUTHORIZED, request, response)))
                .oauth2ResourceServer(resource -> resource
                        .authenticationManagerResolver(bearerTokens.resolver())
                        .authenticationEntryPoint((request, response, failure) ->
                                problems.write("unauthorized", HttpStatus.UNAUTHORIZED, request, response)))
                .addFilterAfter(new SecondFactorFilter(factors, accounts, problems), BasicAuthenticationFilter.class)
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
