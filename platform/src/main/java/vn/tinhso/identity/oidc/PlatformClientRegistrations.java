package vn.tinhso.identity.oidc;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * The OpenID providers the pages may sign in with: {@code tinhso} (the embedded provider) and each configured
 * external one (Keycloak). Built on first use — the embedded provider's endpoints need the server's port, an external
 * provider's come from its discovery document, and the platform must start while that provider is down.
 */
@Component
public class PlatformClientRegistrations implements ClientRegistrationRepository {

    private final IdentityProperties properties;
    private final PlatformUrls urls;
    private final ObjectProvider<EmbeddedClientSecret> embeddedSecret;
    private final Map<String, ClientRegistration> built = new ConcurrentHashMap<>();

    PlatformClientRegistrations(IdentityProperties properties, PlatformUrls urls,
            ObjectProvider<EmbeddedClientSecret> embeddedSecret) {
        this.properties = properties;
        this.urls = urls;
        this.embeddedSecret = embeddedSecret;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return built.computeIfAbsent(registrationId, id -> build(id).orElse(null));
    }

    /** The external provider configured under {@code key}, if any. */
    public Optional<IdentityProperties.Provider> external(String key) {
        return Optional.ofNullable(properties.providers().get(key));
    }

    private Optional<ClientRegistration> build(String id) {
        if (PageSignInConfiguration.EMBEDDED.equals(id)) {
            return properties.embeddedProvider() ? Optional.of(embedded()) : Optional.empty();
        }
        return external(id).filter(provider -> provider.issuerUri() != null)
                .map(provider -> ClientRegistrations.fromIssuerLocation(provider.issuerUri()).registrationId(id)
                        .clientId(provider.clientId()).clientSecret(provider.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .scope("openid", "profile", "email")
                        .build());
    }

    private ClientRegistration embedded() {
        String internal = urls.internal();
        return ClientRegistration.withRegistrationId(PageSignInConfiguration.EMBEDDED)
                .clientId(EmbeddedProvider.WEB_CLIENT).clientSecret(embeddedSecret.getObject().value())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(urls.publicUrl() + "/login/oauth2/code/{registrationId}")
                .scope("openid", "profile")
                // The browser goes to the public address; the platform calls itself on its own.
                .authorizationUri(urls.publicUrl() + "/oauth2/authorize")
                .tokenUri(internal + "/oauth2/token")
                .jwkSetUri(internal + "/oauth2/jwks")
                .userInfoUri(internal + "/userinfo")
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .issuerUri(internal)
                // Sign-out ends the provider's session too (RP-initiated logout); the browser goes there.
                .providerConfigurationMetadata(Map.of("end_session_endpoint", urls.publicUrl() + "/connect/logout"))
                .clientName("Tỉnh Số")
                .build();
    }
}
