package vn.tinhso.identity.oidc;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.policy.CurrentUsers;
import vn.tinhso.identity.policy.Profiles;

/**
 * The pages' side of single sign-on: after the provider vouched for someone, finds their platform account (see
 * {@link AccountMapping}), gives the session the account's roles and the provider's {@code amr}, and audits the
 * login. The principal's name is the platform username, whichever provider signed them in.
 */
@Component
public class PlatformOidcUsers implements OAuth2UserService<OidcUserRequest, OidcUser> {

    static final String USERNAME = "tinhso_username";

    private final OidcUserService delegate = new OidcUserService();
    private final AccountMapping mapping;
    private final Profiles profiles;
    private final Accounts accounts;

    PlatformOidcUsers(AccountMapping mapping, Profiles profiles, Accounts accounts) {
        this.mapping = mapping;
        this.profiles = profiles;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser user = delegate.loadUser(request);
        OidcIdToken token = request.getIdToken();
        String issuer = token.getIssuer() == null ? null : token.getIssuer().toString();
        String username = mapping.username(issuer, token.getSubject(), token.getPreferredUsername(),
                token.getClaimAsString(AccountMapping.PERSONAL_ID_CLAIM)).orElseThrow(() -> {
                    accounts.recordRefusedLogin(String.valueOf(token.getPreferredUsername()), "no-linked-account");
                    return new OAuth2AuthenticationException(new OAuth2Error("account_not_linked",
                            "Tài khoản chưa được liên kết với Tỉnh Số / no Tỉnh Số account for this person", null));
                });
        List<String> methods = mapping.externalKey(issuer).isPresent()
                ? AccountMapping.methods(token.getClaimAsStringList("amr"))
                : token.getClaimAsStringList("amr") == null ? List.of("pwd") : token.getClaimAsStringList("amr");
        List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
        profiles.of(username).ifPresent(profile -> profile.roles()
                .forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority()))));
        methods.forEach(method -> authorities.add(new SimpleGrantedAuthority(CurrentUsers.AMR + method)));
        Map<String, Object> claims = new HashMap<>(user.getUserInfo() == null ? Map.of()
                : user.getUserInfo().getClaims());
        claims.put(USERNAME, username);
        accounts.recordLogin(username, "oidc:" + issuer, methods);
        return new DefaultOidcUser(authorities, token, new OidcUserInfo(claims), USERNAME);
    }
}
