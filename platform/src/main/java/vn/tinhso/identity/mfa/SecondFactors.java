package vn.tinhso.identity.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.identity.jdbc.AccountRecord;
import vn.tinhso.identity.jdbc.Accounts;
import vn.tinhso.identity.jdbc.IdentityKeys;
import vn.tinhso.identity.jdbc.OneTimeCodes;
import vn.tinhso.identity.jdbc.TotpSecrets;
import vn.tinhso.identity.totp.Base32;
import vn.tinhso.identity.totp.Totp;
import vn.tinhso.identity.web.IdentityProperties;
import vn.tinhso.notification.Notification;
import vn.tinhso.notification.Notifications;

/**
 * The second factor (yếu tố thứ hai): a TOTP authenticator app (RFC 6238), or a one-time code sent by e-mail or SMS
 * through the notification outbox. A verified code adds {@code otp} (authenticator, e-mail) or {@code sms} to the
 * session's authentication methods.
 */
@Service
public class SecondFactors {

    static final Duration CODE_LIFETIME = Duration.ofMinutes(5);
    private static final int MAX_GUESSES = 5;
    private static final String ISSUER = "Tỉnh Số";

    private final TotpSecrets totps;
    private final OneTimeCodes codes;
    private final Accounts accounts;
    private final Notifications notifications;
    private final PasswordEncoder hashes;
    private final AuditLog audit;
    private final TextEncryptor encryptor;
    private final Totp totp = Totp.standard();
    private final SecureRandom random = new SecureRandom();
    private final Clock clock = Clock.systemUTC();

    SecondFactors(TotpSecrets totps, OneTimeCodes codes, Accounts accounts, Notifications notifications,
            PasswordEncoder hashes, AuditLog audit, IdentityKeys keys, IdentityProperties properties) {
        this.totps = totps;
        this.codes = codes;
        this.accounts = accounts;
        this.notifications = notifications;
        this.hashes = hashes;
        this.audit = audit;
        String secretKey = properties.secretKey() != null && !properties.secretKey().isBlank()
                ? properties.secretKey()
                : keys.getOrCreate("totp-encryption", () -> HexFormat.of().formatHex(randomBytes(32)));
        // AES-256-GCM with a key stretched from the secret; the salt is fixed so ciphertexts stay readable.
        this.encryptor = Encryptors.delux(secretKey, "5469e1bb20536f");
    }

    /** Starts enrolling an authenticator app: the secret to show (as text and as an otpauth:// URI for a QR code). */
    @Transactional
    public Enrolment enrolTotp(String username) {
        byte[] secret = randomBytes(20);
        if (!totps.enrol(username, encryptor.encrypt(Base32.encode(secret)))) {
            throw new SecondFactorRejected("totp-already-enrolled");
        }
        String base32 = Base32.encode(secret);
        String label = URLEncoder.encode(ISSUER + ":" + username, StandardCharsets.UTF_8).replace("+", "%20");
        String uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer="
                + URLEncoder.encode(ISSUER, StandardCharsets.UTF_8).replace("+", "%20")
                + "&algorithm=SHA1&digits=6&period=" + Totp.STEP_SECONDS;
        audit.record("identity.totp.enrolment-started", "Account", username, null, Map.of());
        return new Enrolment(base32, uri);
    }

    /** Confirms the enrolment with a first code from the app. */
    @Transactional
    public void confirmTotp(String username, String code) {
        if (verifyTotp(username, code).isEmpty()) {
            throw new SecondFactorRejected("code-invalid");
        }
        audit.record("identity.totp.enrolled", "Account", username, null, Map.of());
    }

    public boolean hasTotp(String username) {
        return totps.confirmed(username);
    }

    /**
     * Checks a code: the authenticator's current code (each good once), else an open e-mail or SMS code.
     *
     * @return the authentication method it proves ({@code otp} or {@code sms}), empty when wrong
     */
    @Transactional
    public Optional<String> verify(String username, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String given = code.strip();
        if (totps.find(username).filter(TotpSecrets.Stored::confirmed).isPresent()
                && verifyTotp(username, given).isPresent()) {
            return Optional.of("otp");
        }
        Instant now = clock.instant();
        for (OneTimeCodes.Open open : codes.open(username, now, MAX_GUESSES)) {
            if (hashes.matches(given, open.codeHash()) && codes.use(open.id(), now)) {
                return Optional.of("SMS".equals(open.channel()) ? "sms" : "otp");
            }
        }
        codes.countAttempt(username);
        return Optional.empty();
    }

    private OptionalLong verifyTotp(String username, String code) {
        Optional<TotpSecrets.Stored> stored = totps.find(username);
        if (stored.isEmpty()) {
            return OptionalLong.empty();
        }
        byte[] secret = Base32.decode(encryptor.decrypt(stored.get().encryptedSecret()));
        OptionalLong step = totp.verify(secret, code, clock.instant(), stored.get().lastStep());
        if (step.isPresent() && !totps.use(username, step.getAsLong())) {
            return OptionalLong.empty();
        }
        return step;
    }

    /**
     * Sends a six-digit code to the account's e-mail address or mobile number, through the outbox, good once for
     * five minutes.
     *
     * @return where it went, masked ({@code +8491****678})
     */
    @Transactional
    public String sendCode(String username, Channel channel) {
        AccountRecord account = accounts.find(username).orElseThrow(() -> new SecondFactorRejected("no-account"));
        String destination = channel == Channel.SMS ? account.phone() : account.email();
        if (destination == null || destination.isBlank()) {
            throw new SecondFactorRejected("no-" + channel.name().toLowerCase() + "-on-account");
        }
        String code = String.format("%06d", random.nextInt(1_000_000));
        Instant now = clock.instant();
        long id = codes.add(username, channel.name(), hashes.encode(code), now.plus(CODE_LIFETIME));
        String text = "Mã xác thực Tỉnh Số của bạn là " + code + ", có hiệu lực 5 phút. Không chia sẻ mã này với ai.";
        String key = "identity-otp:" + id;
        notifications.enqueue(channel == Channel.SMS ? Notification.sms(key, destination, text, null)
                : Notification.email(key, destination, "Mã xác thực Tỉnh Số", text, null));
        audit.record("identity.otp.sent", "Account", username, null, Map.of("channel", channel.name()));
        return mask(destination);
    }

    static String mask(String destination) {
        int keep = Math.min(3, destination.length() / 3);
        return destination.substring(0, keep) + "****" + destination.substring(destination.length() - keep);
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** Where a one-time code is sent. */
    public enum Channel {
        EMAIL, SMS
    }

    /** An authenticator to add: the secret in base 32 and the URI apps read from a QR code. */
    public record Enrolment(String secret, String otpauthUri) {
    }
}
