package vn.tinhso.identity.policy;

import java.util.LinkedHashSet;
import java.util.Set;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.CurrentUser;

/**
 * Turns the signed-in principal into a {@link CurrentUser}. Every way of signing in (HTTP Basic, a bearer token, the
 * pages' OpenID Connect session) leaves the platform username as the principal's name and the authentication methods
 * as {@code AMR_<value>} authorities; Spring Security's own password factor counts as {@code pwd}.
 */
@Component
public class CurrentUsers {

    /** Authority prefix carrying an RFC 8176 authentication method of the session. */
    public static final String AMR = "AMR_";

    private final Profiles profiles;

    CurrentUsers(Profiles profiles) {
        this.profiles = profiles;
    }

    public CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            return CurrentUser.SYSTEM;
        }
        if (authentication instanceof AnonymousAuthenticationToken || !authentication.isAuthenticated()) {
            return CurrentUser.ANONYMOUS;
        }
        return profiles.of(authentication.getName())
                .map(profile -> new CurrentUser(profile.account().username(), profile.account().displayName(),
                        profile.kind(), profile.account().personalId(), profile.roles(), profile.agencies(),
                        profile.level(), methodsOf(authentication)))
                .orElse(CurrentUser.ANONYMOUS);
    }

    /** The RFC 8176 methods an authentication carries. */
    public static Set<String> methodsOf(Authentication authentication) {
        Set<String> methods = new LinkedHashSet<>();
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name == null) {
                continue;
            }
            if (name.startsWith(AMR)) {
                methods.add(name.substring(AMR.length()));
            } else if (FactorGrantedAuthority.PASSWORD_AUTHORITY.equals(name)) {
                methods.add("pwd");
            } else if (FactorGrantedAuthority.OTT_AUTHORITY.equals(name)) {
                methods.add("otp");
            } else if (FactorGrantedAuthority.WEBAUTHN_AUTHORITY.equals(name)) {
                methods.add("hwk");
            }
        }
        return methods;
    }
}
