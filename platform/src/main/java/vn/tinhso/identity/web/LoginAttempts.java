package vn.tinhso.identity.web;

import java.time.Clock;
import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import vn.tinhso.identity.jdbc.Accounts;

/**
 * Every password check against the account store, counted: a wrong password is audited and, after
 * {@code freeAttempts} in a row, locks the account with a back-off that doubles; a right one is audited as a login
 * and clears the count; a locked or disabled account is refused and audited. Sits under {@link VerifiedCredentials},
 * so an API client's repeated calls within its two minutes are not each a login.
 */
final class LoginAttempts implements AuthenticationProvider {

    private final AuthenticationProvider store;
    private final Accounts accounts;
    private final int freeAttempts;
    private final Clock clock;

    LoginAttempts(AuthenticationProvider store, Accounts accounts, int freeAttempts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.freeAttempts = freeAttempts;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String username = request.getName();
        try {
            Authentication authentication = store.authenticate(request);
            if (authentication != null && authentication.isAuthenticated()) {
                accounts.recordLogin(username, "password", List.of("pwd"));
            }
            return authentication;
        } catch (BadCredentialsException wrong) {
            accounts.recordFailedLogin(username, clock.instant(), freeAttempts);
            throw wrong;
        } catch (LockedException locked) {
            accounts.recordRefusedLogin(username, "locked");
            throw locked;
        } catch (DisabledException disabled) {
            accounts.recordRefusedLogin(username, "disabled");
            throw disabled;
        } catch (AuthenticationException other) {
            throw other;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
