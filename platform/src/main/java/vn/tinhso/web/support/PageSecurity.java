package vn.tinhso.web.support;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.tinhso.identity.Role;

/**
 * Sign-in for the pages: a session, CSRF protection on, a form login against the platform's accounts through the
 * identity module's {@link AuthenticationManager}. Kept in this one chain so single sign-on can replace the form
 * login without touching the pages (ADR 0013). It covers every path the API chain does not, and comes after it.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSecurity {

    static final String LOGIN = "/dang-nhap";

    /** Paths the API chain answers; the pages never see them. */
    private static final RequestMatcher API = new OrRequestMatcher(request -> {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/actuator") || path.startsWith("/v3/api-docs")
                || path.startsWith("/swagger-ui");
    });

    @Bean
    @Order(Ordered.LOWEST_PRECEDENCE)
    SecurityFilterChain pages(HttpSecurity http, AuthenticationManager authentication) throws Exception {
        String admin = Role.SYSTEM_ADMIN.name();
        http.securityMatcher(new NegatedRequestMatcher(API))
                .authenticationManager(authentication)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/ca-nhan/**", "/nop-ho-so/**").hasRole(Role.CITIZEN.name())
                        .requestMatchers("/can-bo/**").hasAnyRole(Role.COUNTER_OFFICER.name(),
                                Role.SPECIALIST.name(), Role.LEADER.name(), admin)
                        .requestMatchers("/tep-tin/**").authenticated()
                        .requestMatchers("/quan-tri/quy-trinh/tai-len/**").hasRole(admin)
                        .requestMatchers("/quan-tri/**").hasAnyRole(Role.CATALOG_ADMIN.name(), admin)
                        .anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LOGIN).loginProcessingUrl(LOGIN)
                        .usernameParameter("tenDangNhap").passwordParameter("matKhau")
                        .failureUrl(LOGIN + "?loi").successHandler(new HomeByRole()).permitAll())
                .logout(logout -> logout.logoutUrl("/dang-xuat").logoutSuccessUrl("/?daDangXuat"))
                .exceptionHandling(errors -> errors.accessDeniedPage("/loi/khong-co-quyen"));
        return http.build();
    }

    /** After signing in: back to the page that asked for it, otherwise to the person's own start page. */
    static final class HomeByRole extends SavedRequestAwareAuthenticationSuccessHandler {

        private final HttpSessionRequestCache cache = new HttpSessionRequestCache();

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            if (cache.getRequest(request, response) == null) {
                getRedirectStrategy().sendRedirect(request, response, CurrentUser.of(authentication).home());
                return;
            }
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }
}
