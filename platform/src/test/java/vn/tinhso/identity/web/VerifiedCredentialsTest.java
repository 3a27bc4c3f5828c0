package vn.tinhso.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class VerifiedCredentialsTest {

    private final AtomicInteger checks = new AtomicInteger();
    private Instant now = Instant.parse("2026-11-23T08:00:00Z");

    /** A verifier that accepts only "motcua" / "dung" and counts its (expensive) checks. */
    private final AuthenticationProvider verifier = new AuthenticationProvider() {
        @Override
        public Authentication authenticate(Authentication request) {
            checks.incrementAndGet();
            if (!"dung".equals(request.getCredentials())) {
                throw new BadCredentialsException("sai mật khẩu");
            }
            return UsernamePasswordAuthenticationToken.authenticated(request.getName(), null,
                    List.of(new SimpleGrantedAuthority("ROLE_COUNTER_OFFICER")));
        }

        @Override
        public boolean supports(Class<?> type) {
            return true;
        }
    };

    private final VerifiedCredentials credentials = new VerifiedCredentials(verifier, new Clock() {
        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    });

    @Test
    void aVerifiedPasswordIsNotCheckedAgainForAWhile() {
        for (int i = 0; i < 50; i++) {
            assertThat(credentials.authenticate(request("motcua", "dung")).isAuthenticated()).isTrue();
        }
        assertThat(checks).hasValue(1);
    }

    @Test
    void aWrongPasswordIsCheckedEveryTimeAndNeverRemembered() {
        credentials.authenticate(request("motcua", "dung"));
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> credentials.authenticate(request("motcua", "sai")))
                    .isInstanceOf(BadCredentialsException.class);
        }
        assertThat(checks).hasValue(4);
    }

    @Test
    void theMemoryFadesAfterItsTimeToLive() {
        credentials.authenticate(request("motcua", "dung"));
        now = now.plus(VerifiedCredentials.TIME_TO_LIVE).plus(Duration.ofSeconds(1));
        credentials.authenticate(request("motcua", "dung"));
        assertThat(checks).hasValue(2);
    }

    private static UsernamePasswordAuthenticationToken request(String name, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(name, password);
    }
}
