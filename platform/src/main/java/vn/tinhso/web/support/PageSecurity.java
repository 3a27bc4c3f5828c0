package vn.tinhso.web.support;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tinhso.identity.PageSignIn;
import vn.tinhso.identity.Role;
import vn.tinhso.identity.SignInLanding;

/**
 * Sign-in for the pages: a session, CSRF protection on, and single sign-on through the identity module's
 * {@link PageSignIn} — the embedded OpenID provider by default, the province's Keycloak or VNeID federation by
 * configuration (ADR 0013, ADR 0017). The pages never see a password. It covers every path the API chain does not,
 * and comes after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurity {

    /** The pages' own sign-in address, kept for links and bookmarks: it starts single sign-on. */
    static final String LOGIN = "/dang-nhap";

    /** Paths the API chain answers; the pages never see them. */
    private static final RequestMatcher API = new OrRequestMatcher(request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui");
    });

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain pages(HttpSecurity http, PageSignIn signIn) throws Exception {
        String admin = Role.SYSTEM_ADMIN.name();
        http.securityMatcher(new NegatedRequestMatcher(API))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ca-nhan/**", "/nop-ho-so/**").hasRole(Role.CITIZEN.name())
                        .requestMatchers("/can-bo/**").hasAnyRole(Role.COUNTER_OFFICER.name(),
                                Role.SPECIALIST.name(), Role.LEADER.name(), admin)
                        .requestMatchers("/tep-tin/**").authenticated()
                        .requestMatchers("/quan-tri/quy-trinh/tai-len/**").hasRole(admin)
                        .requestMatchers("/quan-tri/**").hasAnyRole(Role.CATALOG_ADMIN.name(), admin)
                        .anyRequest().permitAll());
        signIn.applyTo(http);
        http.logout(logout -> logout.logoutUrl("/dang-xuat"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/loi/khong-co-quyen"));
        return http.build();
    }

    /** After signing in without asking for a page: the person's own start page (inbox, my dossiers...). */
    @Bean
    SignInLanding homeByRole() {
        return signedIn -> CurrentUser.of(signedIn).home();
    }
}
