package vn.tinhso.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.oidc.PlatformClientRegistrations;
import vn.tinhso.identity.oidc.PlatformOidcUsers;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * Single sign-on for a chain of pages: applies OpenID Connect login (the embedded provider, or the province's
 * Keycloak / VNeID federation, by configuration), sends people who are not signed in to it, and signs out at the
 * provider too. The web UI's session-based chain applies it instead of {@code formLogin}. (Deliberately not a
 * {@code Customizer<HttpSecurity>} bean: Spring Security 7 applies those to every chain, the API's and the
 * provider's included.)
 *
 * <pre>{@code
 * @Bean
 * SecurityFilterChain pages(HttpSecurity http, PageSignIn signIn) throws Exception {
 *     http.authorizeHttpRequests(...);
 *     signIn.applyTo(http);       // instead of .formLogin(...); keeps the chain's own logout URL
 *     return http.build();
 * }
 * }</pre>
 *
 * The session then holds an authentication whose name is the platform username and whose authorities are the
 * account's roles ({@code ROLE_*}) and how the person signed in ({@code AMR_pwd}, {@code AMR_otp}); services read
 * it through {@link AccessPolicy#currentUser()}. Session time-out is {@code server.servlet.session.timeout}.
 *
 * <p>The page a person asked for is remembered in the session under its own name before they are sent to the
 * provider, and they come back to it afterwards. (Spring Security's saved request cannot carry it: when the
 * embedded provider runs in the same session, its own saved authorization request takes that place.) Without one,
 * they land where {@link SignInLanding} says.
 */
@Component
public class PageSignIn {

    /** Where a signed-out person goes after the provider's sign-out: the home page, saying so. */
    public static final String SIGNED_OUT = "/?daDangXuat";
    private static final String TARGET = PageSignIn.class.getName() + ".target";

    private final PlatformClientRegistrations registrations;
    private final PlatformOidcUsers users;
    private final IdentityProperties properties;
    private final ObjectProvider<SignInLanding> landing;

    PageSignIn(PlatformClientRegistrations registrations, PlatformOidcUsers users, IdentityProperties properties,
            ObjectProvider<SignInLanding> landing) {
        this.registrations = registrations;
        this.users = users;
        this.properties = properties;
        this.landing = landing;
    }

    /** Where a browser starts signing in: {@code /oauth2/authorization/<provider>}. */
    public String loginUrl() {
        return "/oauth2/authorization/" + properties.loginProvider();
    }

    /** Applies single sign-on to {@code http}, a session-based chain of pages. */
    public void applyTo(HttpSecurity http) {
        try {
            OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            logout.setPostLogoutRedirectUri("{baseUrl}" + SIGNED_OUT);
            http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                            .loginPage(loginUrl())
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                            .successHandler(new BackToTarget()))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(new RememberTarget()))
                    .logout(out -> out.logoutSuccessHandler(logout));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot apply single sign-on to the page chain", e);
        }
    }

    /** Remembers the page a person asked for (a GET of a page, never a form post) and sends them to sign in. */
    private final class RememberTarget implements AuthenticationEntryPoint {

        @Override
        public void commence(HttpServletRequest request, HttpServletResponse response,
                AuthenticationException reason) throws IOException {
            if ("GET".equals(request.getMethod())) {
                String query = request.getQueryString();
                String path = request.getRequestURI().substring(request.getContextPath().length());
                request.getSession().setAttribute(TARGET, path + (query == null ? "" : "?" + query));
            }
            response.sendRedirect(request.getContextPath() + loginUrl());
        }
    }

    /** After the provider: the remembered page, else the person's landing page, else the account page. */
    private final class BackToTarget implements AuthenticationSuccessHandler {

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                Authentication signedIn) throws IOException {
            HttpSession session = request.getSession(false);
            Object target = session == null ? null : session.getAttribute(TARGET);
            if (session != null) {
                session.removeAttribute(TARGET);
            }
            String path = target instanceof String remembered && isLocal(remembered) ? remembered
                    : landing.stream().findFirst().map(l -> l.pathFor(signedIn)).orElse("/account");
            response.sendRedirect(request.getContextPath() + path);
        }

        /** Only a path on this platform, never {@code //elsewhere} (no open redirect). */
        private static boolean isLocal(String path) {
            return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");
        }
    }
}
