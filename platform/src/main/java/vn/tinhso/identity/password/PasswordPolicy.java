package vn.tinhso.identity.password;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.web.IdentityProperties;

/**
 * Password rules, after NIST SP 800-63B §5.1.1.2: long enough, not known to attackers (a bundled list of breached
 * and common passwords, {@code identity/breached-passwords.txt}), not the account's own name or number. No rules
 * about character classes: they push people to {@code Password@2026}, which the list catches anyway.
 */
@Component
public class PasswordPolicy {

    private static final int MAX_LENGTH = 128;
    private static final Pattern TRAILING = Pattern.compile("[\\d\\W_]+$");
    private static final Pattern LEADING = Pattern.compile("^[\\d\\W_]+");

    private final Set<String> breached;
    private final int minLength;

    public PasswordPolicy(IdentityProperties properties,
            @org.springframework.beans.factory.annotation.Value(
                    "${tinhso.identity.breached-passwords:classpath:identity/breached-passwords.txt}") Resource list) {
        this.minLength = properties.password().minLength();
        this.breached = load(list);
    }

    /**
     * Checks a new password for an account.
     *
     * @throws PasswordRejected naming the rule it breaks
     */
    public void check(String password, String username, String personalId) {
        if (password == null || password.length() < minLength) {
            throw new PasswordRejected("too-short", minLength);
        }
        if (password.length() > MAX_LENGTH) {
            throw new PasswordRejected("too-long", MAX_LENGTH);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (isBreached(lower)) {
            throw new PasswordRejected("breached", minLength);
        }
        if (username != null && lower.contains(username.toLowerCase(Locale.ROOT))
                || personalId != null && password.contains(personalId)) {
            throw new PasswordRejected("contains-account-name", minLength);
        }
        if (password.chars().distinct().count() < 4) {
            throw new PasswordRejected("repetitive", minLength);
        }
    }

    private boolean isBreached(String lower) {
        if (breached.contains(lower)) {
            return true;
        }
        String core = LEADING.matcher(TRAILING.matcher(lower).replaceAll("")).replaceAll("");
        return !core.isEmpty() && breached.contains(core);
    }

    private static Set<String> load(Resource list) {
        try (InputStream in = list.getInputStream();
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the breached-password list " + list, e);
        }
    }
}
