package vn.tinhso.identity.oidc;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.policy.CurrentUsers;
import vn.tinhso.identity.policy.Profiles;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * The API as an OAuth2 resource server: accepts JWT bearer tokens of the embedded provider (checked with its own
 * key) and of each configured external provider (keys from its discovery document, its issuer, and an audience or
 * authorised party that is the platform's client). The token's person becomes the platform account (see
 * {@link AccountMapping}) with the account's roles and the token's {@code amr}.
 */
@Component
public class BearerTokens {

    private final AccountMapping mapping;
    private final Profiles profiles;
    private final Accounts accounts;
    private final IdentityProperties properties;
    private final ObjectProvider<JwtDecoder> embeddedDecoder;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    BearerTokens(AccountMapping mapping, Profiles profiles, Accounts accounts, IdentityProperties properties,
            ObjectProvider<JwtDecoder> embeddedDecoder) {
        this.mapping = mapping;
        this.profiles = profiles;
        this.accounts = accounts;
        this.properties = properties;
        this.embeddedDecoder = embeddedDecoder;
    }

    public AuthenticationManagerResolver<HttpServletRequest> resolver() {
        return new JwtIssuerAuthenticationManagerResolver(issuer -> managers.computeIfAbsent(issuer, this::manager));
    }

    private AuthenticationManager manager(String issuer) {
        JwtDecoder decoder = mapping.externalKey(issuer)
                .map(key -> external(issuer, properties.providers().get(key)))
                .orElseGet(() -> properties.embeddedProvider() ? embeddedDecoder.getIfAvailable() : null);
        if (decoder == null) {
            throw new InvalidBearerTokenException("Untrusted issuer");
        }
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(converter());
        return provider::authenticate;
    }

    private static JwtDecoder external(String issuer, IdentityProperties.Provider provider) {
        NimbusJwtDecoder decoder = (NimbusJwtDecoder) JwtDecoders.fromIssuerLocation(issuer);
        OAuth2TokenValidator<Jwt> audience = jwt -> provider.clientId().equals(jwt.getClaimAsString("azp"))
                || jwt.getAudience() != null && jwt.getAudience().contains(provider.clientId())
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token",
                        "The token was not issued for the platform's client", null));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                audience));
        return decoder;
    }

    private Converter<Jwt, AbstractAuthenticationToken> converter() {
        return jwt -> {
            String issuer = jwt.getIssuer() == null ? null : jwt.getIssuer().toString();
            String username = mapping.username(issuer, jwt.getSubject(), jwt.getClaimAsString("preferred_username"),
                    jwt.getClaimAsString(AccountMapping.PERSONAL_ID_CLAIM)).orElseThrow(() -> {
                        accounts.recordRefusedLogin(String.valueOf(jwt.getSubject()), "no-linked-account");
                        return new InvalidBearerTokenException("No Tỉnh Số account for this token");
                    });
            List<GrantedAuthority> authorities = new ArrayList<>();
            profiles.of(username).ifPresent(profile -> profile.roles()
                    .forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
            AccountMapping.methods(jwt.getClaimAsStringList("amr"))
                    .forEach(method -> authorities.add(new SimpleGrantedAuthority(CurrentUsers.AMR + method)));
            return new JwtAuthenticationToken(jwt, authorities, username);
        };
    }
}
