package vn.tinhso.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: the signed-in user's name, or {@code system} for jobs, start-up and commands. */
public final class Actor {

    public static final String SYSTEM = "system";

    private Actor() {
    }

    public static String current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated() ? authentication.getName() : SYSTEM;
    }
}
