package vn.tinhso.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
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
 */
@Component
public class PageSignIn {

    private final PlatformClientRegistrations registrations;
    private final PlatformOidcUsers users;
    private final IdentityProperties properties;

    PageSignIn(PlatformClientRegistrations registrations, PlatformOidcUsers users, IdentityProperties properties) {
        this.registrations = registrations;
        this.users = users;
        this.properties = properties;
    }

    /** Where a browser starts signing in: {@code /oauth2/authorization/<provider>}. */
    public String loginUrl() {
        return "/oauth2/authorization/" + properties.loginProvider();
    }

    /** Applies single sign-on to {@code http}, a session-based chain of pages. */
    public void applyTo(HttpSecurity http) {
        try {
            OidcClientInitiatedLogoutSuccessHandler logout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            logout.setPostLogoutRedirectUri("{baseUrl}/");
            http.oauth2Login(login -> login.clientRegistrationRepository(registrations)
                            .loginPage(loginUrl())
                            .userInfoEndpoint(userInfo -> userInfo.oidcUserService(users))
                            .defaultSuccessUrl("/account", false))
                    .exceptionHandling(errors -> errors.authenticationEntryPoint(
                            new LoginUrlAuthenticationEntryPoint(loginUrl())))
                    .logout(out -> out.logoutSuccessHandler(logout));
        } catch (Exception e) {
            throw new IllegalStateException("Cannot apply single sign-on to the page chain", e);
        }
    }
}
