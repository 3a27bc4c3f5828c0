package vn.tinhso.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.tinhso.identity.jdbc.AccountDisabled;

/**
 * Remembers, for a short while, that a user name and password were verified, so an API client that signs every
 * request with HTTP Basic does not pay for a BCrypt check (~90 ms of CPU) each time — the dossier benchmark showed
 * that check capping every signed-in endpoint at about 20 requests/s on two cores.
 *
 * <p>Only a SHA-256 of name and password is kept, never the password. An entry lives {@link #TIME_TO_LIVE}: a
 * changed password, or an account disabled on another node, takes effect within that time; an account disabled on
 * this node is forgotten as soon as that commits. A failed check is never cached.
 */
final class VerifiedCredentials implements AuthenticationProvider {

    static final Duration TIME_TO_LIVE = Duration.ofMinutes(2);
    private static final int MAX_ENTRIES = 10_000;

    private final AuthenticationProvider verifier;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(AuthenticationProvider verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        if (!(request.getCredentials() instanceof String password)) {
            return verifier.authenticate(request);
        }
        String key = fingerprint(request.getName(), password);
        Instant now = clock.instant();
        Verified known = verified.get(key);
        if (known != null && now.isBefore(known.until())) {
            return known.authentication();
        }
        Authentication authentication = verifier.authenticate(request);
        if (authentication != null && authentication.isAuthenticated()) {
            if (verified.size() >= MAX_ENTRIES) {
                verified.clear();
            }
            verified.put(key, new Verified(authentication, now.plus(TIME_TO_LIVE)));
        }
        return authentication;
    }

    /** A disabled account signs in no more, not even with a password verified a minute ago. */
    @TransactionalEventListener(fallbackExecution = true)
    public void forget(AccountDisabled disabled) {
        verified.values().removeIf(known -> known.authentication().getName().equals(disabled.username()));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String fingerprint(String name, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(name.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    private record Verified(Authentication authentication, Instant until) {
    }
}
