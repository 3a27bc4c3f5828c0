package vn.tinhso.identity.oidc;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import vn.tinhso.identity.web.LoginPages;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import vn.tinhso.identity.PageSignIn;
import vn.tinhso.identity.jdbc.IdentityKeys;
import vn.tinhso.identity.policy.Profiles;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * The built-in OpenID provider (Spring Authorization Server, part of Spring Security 7) over the platform's own
 * accounts, so the first start needs nothing else. People sign in on {@code /idp/login} (password, then a second
 * factor when they have one); tokens carry {@code amr} (how they signed in) and {@code assurance_level} (how well
 * the account is known). Off when the province uses its own provider ({@code TINHSO_EMBEDDED_IDP=false}).
 *
 * <p>Clients: {@code tinhso-web}, the platform's own pages (confidential, authorization code), and
 * {@code tinhso-cli}, for API tools and tests (public, authorization code with PKCE, loopback redirect).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "tinhso.identity.embedded-provider", havingValue = "true", matchIfMissing = true)
class EmbeddedProvider {

    static final String WEB_CLIENT = "tinhso-web";
    static final String CLI_CLIENT = "tinhso-cli";
    static final String CLI_REDIRECT = "http://127.0.0.1/callback";

    @Bean
    @Order(1)
    SecurityFilterChain embeddedProviderChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer provider = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(provider.getEndpointsMatcher())
                .with(provider, server -> server.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // A browser that is not signed in goes to the sign-in page; the request is saved and resumed.
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LoginPages.LOGIN), new MediaTypeRequestMatcher(
                                MediaType.TEXT_HTML)))
                // The userinfo endpoint takes the access token.
                .oauth2ResourceServer(resource -> resource.jwt(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(PlatformUrls urls, PasswordEncoder passwords,
            IdentityProperties properties, EmbeddedClientSecret secret) {
        return new LazyClients(() -> List.of(
                RegisteredClient.withId("tinhso-web").clientId(WEB_CLIENT)
                        .clientSecret(passwords.encode(secret.value()))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                        .redirectUri(urls.publicUrl() + "/login/oauth2/code/" + PageSignInConfiguration.EMBEDDED)
                        .postLogoutRedirectUri(urls.publicUrl() + "/")
                        .postLogoutRedirectUri(urls.publicUrl() + PageSignIn.SIGNED_OUT)
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                        .tokenSettings(tokens(properties))
                        .build(),
                RegisteredClient.withId("tinhso-cli").clientId(CLI_CLIENT)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.NONE)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri(CLI_REDIRECT)
                        .scope(OidcScopes.OPENID).scope(OidcScopes.PROFILE)
                        .clientSettings(ClientSettings.builder().requireProofKey(true)
                                .requireAuthorizationConsent(false).build())
                        .tokenSettings(tokens(properties))
                        .build()));
    }

    private static TokenSettings tokens(IdentityProperties properties) {
        return TokenSettings.builder().accessTokenTimeToLive(properties.accessTokenLifetime())
                .refreshTokenTimeToLive(Duration.ofHours(8)).reuseRefreshTokens(false).build();
    }

    /** Issuer taken from the request, so the same provider answers on localhost and behind the public name. */
    @Bean
    AuthorizationServerSettings authorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    /** One RSA key, created on first start and kept in the database so tokens survive a restart. */
    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityKeys keys) {
        String json = keys.getOrCreate("oidc-signing-key", EmbeddedProvider::newRsaKey);
        try {
            JWKSet set = new JWKSet(RSAKey.parse(json));
            return (selector, context) -> selector.select(set);
        } catch (ParseException e) {
            throw new IllegalStateException("The stored signing key is not a JWK", e);
        }
    }

    @Bean
    JwtDecoder embeddedJwtDecoder(JWKSource<SecurityContext> keys) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(keys);
    }

    /** {@code amr}, {@code assurance_level} and the username in the ID and access tokens. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> claims(Profiles profiles) {
        return context -> {
            Authentication principal = context.getPrincipal();
            if (principal == null || principal.getName() == null) {
                return;
            }
            List<String> methods = List.copyOf(vn.tinhso.identity.policy.CurrentUsers.methodsOf(principal));
            if (!methods.isEmpty()) {
                context.getClaims().claim("amr", methods);
            }
            profiles.of(principal.getName()).ifPresent(profile -> context.getClaims()
                    .claim("preferred_username", profile.account().username())
                    .claim("name", profile.account().displayName())
                    .claim("assurance_level", profile.level().label()));
        };
    }

    private static String newRsaKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                    .keyID(UUID.randomUUID().toString()).build().toJSONString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has RSA", e);
        }
    }
}
