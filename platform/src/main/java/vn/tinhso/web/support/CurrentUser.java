package vn.tinhso.web.support;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tinhso.identity.Role;

/** Who is looking at a page, as templates and controllers need it. */
public record CurrentUser(String username, Set<String> roles) {

    public static CurrentUser of(Authentication authentication) {
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return new CurrentUser(null, Set.of());
        }
        return new CurrentUser(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).map(a -> a.replaceFirst("^ROLE_", ""))
                .collect(Collectors.toUnmodifiableSet()));
    }

    public static CurrentUser now() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    public boolean signedIn() {
        return username != null;
    }

    public boolean has(Role role) {
        return roles.contains(role.name());
    }

    public boolean isCitizen() {
        return has(Role.CITIZEN);
    }

    public boolean isStaff() {
        return has(Role.COUNTER_OFFICER) || has(Role.SPECIALIST) || has(Role.LEADER) || has(Role.SYSTEM_ADMIN);
    }

    public boolean isAdmin() {
        return has(Role.CATALOG_ADMIN) || has(Role.SYSTEM_ADMIN);
    }

    /** The page a person starts from after signing in. */
    public String home() {
        if (isStaff()) {
            return "/can-bo";
        }
        if (isAdmin()) {
            return "/quan-tri/thu-tuc";
        }
        return isCitizen() ? "/ca-nhan/ho-so" : "/";
    }
}
