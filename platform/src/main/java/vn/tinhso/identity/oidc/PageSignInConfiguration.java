package vn.tinhso.identity.oidc;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import vn.tinhso.identity.PageSignIn;

/**
 * The identity module's own pages: the embedded provider's sign-in ({@code /idp/**}), the relying party's redirect
 * endpoints, and {@code /account} (who am I, how did I sign in). Session-based, with CSRF protection. The web UI's
 * chain covers every other page and applies the same {@link PageSignIn}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class PageSignInConfiguration {

    /** Registration id of the embedded provider. */
    static final String EMBEDDED = "tinhso";

    @Bean
    @Order(2)
    SecurityFilterChain identityPages(HttpSecurity http, PageSignIn signIn) throws Exception {
        http.securityMatcher("/idp/**", "/oauth2/authorization/**", "/login/oauth2/**", "/account", "/account/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/account", "/account/**").authenticated()
                        .anyRequest().permitAll());
        signIn.applyTo(http);
        http.logout(out -> out.logoutUrl("/account/logout"));
        return http.build();
    }
}
