package vn.tinhso.identity;

import org.springframework.security.core.Authentication;

/**
 * Where a person lands after signing in when they did not ask for a particular page (trang bắt đầu sau đăng nhập).
 * A port: the web pages implement it (the officer's inbox, the citizen's dossiers...); without one, people land on
 * {@code /account}.
 */
public interface SignInLanding {

    /** A path on this platform, e.g. {@code /can-bo}. */
    String pathFor(Authentication signedIn);
}
