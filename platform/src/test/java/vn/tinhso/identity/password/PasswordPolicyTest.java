package vn.tinhso.identity.password;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;
import vn.tinhso.identity.web.IdentityProperties;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy(
            new IdentityProperties(null, true, null, null, null, null, null, null),
            new ClassPathResource("identity/breached-passwords.txt"));

    @Test
    void refusesShortBreachedAndPersonalPasswords() {
        assertThat(rule("ngan123", "an", null)).isEqualTo("password-rejected-too-short");
        assertThat(rule("matkhau12345", "an", null)).isEqualTo("password-rejected-breached");
        assertThat(rule("Password@2026", "an", null)).as("a listed word with digits and symbols")
                .isEqualTo("password-rejected-breached");
        assertThat(rule("!!Anhyeuem2024", "an", null)).isEqualTo("password-rejected-breached");
        assertThat(rule("nguyenvanan-rất-dài", "nguyenvanan", null)).isEqualTo("password-rejected-contains-account-name");
        assertThat(rule("so 094090001234 của tôi", "an", "094090001234"))
                .isEqualTo("password-rejected-contains-account-name");
        assertThat(rule("aaaaaaaaaaaa", "an", null)).isIn("password-rejected-breached", "password-rejected-repetitive");
        assertThat(rule("abababababab", "an", null)).isEqualTo("password-rejected-repetitive");
    }

    @Test
    void acceptsALongUnusualPassphrase() {
        assertThatCode(() -> policy.check("Lúa chín vàng đồng 2026", "congdan", "094090001234"))
                .doesNotThrowAnyException();
    }

    private String rule(String password, String username, String personalId) {
        try {
            policy.check(password, username, personalId);
            return "accepted";
        } catch (PasswordRejected rejected) {
            return rejected.code();
        }
    }
}
