package vn.tinhso.identity.web;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of sign-in ({@code tinhso.identity.*}, docs/identity.md).
 *
 * @param publicUrl        where people reach the platform ({@code https://dichvucong.tinhso.gov.vn}); empty means
 *                         {@code http://localhost:<port>}, right on a developer's machine
 * @param embeddedProvider run the built-in OpenID provider over the platform's accounts
 * @param loginProvider    the provider the pages sign in with: {@code tinhso} (embedded) or a key of
 *                         {@code providers}
 * @param providers        external OpenID providers by key (Keycloak first)
 * @param secretKey        encrypts TOTP secrets; empty: a key generated once and kept in the database
 * @param lockout          lock-out after wrong passwords
 * @param password         password rules
 */
@ConfigurationProperties("tinhso.identity")
public record IdentityProperties(String publicUrl, boolean embeddedProvider, String loginProvider,
        Map<String, Provider> providers, String secretKey, Lockout lockout, Password password,
        Duration accessTokenLifetime) {

    public IdentityProperties {
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : stripSlash(publicUrl);
        loginProvider = loginProvider == null || loginProvider.isBlank() ? "tinhso" : loginProvider;
        providers = providers == null ? Map.of() : Map.copyOf(providers);
        lockout = lockout == null ? new Lockout(5) : lockout;
        password = password == null ? new Password(10) : password;
        accessTokenLifetime = accessTokenLifetime == null ? Duration.ofMinutes(10) : accessTokenLifetime;
    }

    /**
     * An external OpenID provider.
     *
     * @param issuerUri      its issuer ({@code https://sso.tinhso.gov.vn/realms/tinhso}); endpoints are discovered
     * @param clientId       the platform's client at that provider
     * @param clientSecret   its secret
     * @param linkByUsername sign a person in as the platform account with their {@code preferred_username} when no
     *                       link exists yet (a provider the province runs itself); off for federations
     */
    public record Provider(String issuerUri, String clientId, String clientSecret, boolean linkByUsername) {

        public Provider {
            issuerUri = issuerUri == null || issuerUri.isBlank() ? null : stripSlash(issuerUri);
        }
    }

    /** @param freeAttempts wrong passwords in a row before the account locks (1, 2, 4 ... minutes, at most a day) */
    public record Lockout(int freeAttempts) {
    }

    /** @param minLength the shortest password accepted */
    public record Password(int minLength) {
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
