package vn.tinhso.identity.totp;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) over HOTP (RFC 4226): the code an authenticator app shows. Thirty-second
 * steps counted from the Unix epoch; a code is accepted one step either side of now, for clocks that drift.
 */
public final class Totp {

    public static final int STEP_SECONDS = 30;
    private static final int[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000};

    /** The HMAC the code is made with; authenticator apps use SHA-1, RFC 6238 also defines SHA-256 and SHA-512. */
    public enum Algorithm {
        SHA1("HmacSHA1"), SHA256("HmacSHA256"), SHA512("HmacSHA512");

        private final String jca;

        Algorithm(String jca) {
            this.jca = jca;
        }
    }

    private final Algorithm algorithm;
    private final int digits;

    public Totp(Algorithm algorithm, int digits) {
        if (digits < 6 || digits > 8) {
            throw new IllegalArgumentException("RFC 4226 codes have 6 to 8 digits");
        }
        this.algorithm = algorithm;
        this.digits = digits;
    }

    /** Six digits, SHA-1: what Google Authenticator, FreeOTP and Microsoft Authenticator expect. */
    public static Totp standard() {
        return new Totp(Algorithm.SHA1, 6);
    }

    public static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a time step (RFC 6238 §4: T = floor((now - T0) / X)). */
    public String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance(algorithm.jca);
            mac.init(new SecretKeySpec(secret, algorithm.jca));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(step).array());
            // Dynamic truncation, RFC 4226 §5.3.
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = (hash[offset] & 0x7f) << 24 | (hash[offset + 1] & 0xff) << 16
                    | (hash[offset + 2] & 0xff) << 8 | hash[offset + 3] & 0xff;
            return String.format("%0" + digits + "d", binary % POWERS[digits]);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK has " + algorithm.jca, e);
        }
    }

    /**
     * The time step whose code {@code given} is, within one step of {@code now} and after {@code lastUsedStep} (a code
     * is good once, RFC 6238 §5.2); empty when it matches none.
     */
    public OptionalLong verify(byte[] secret, String given, Instant now, long lastUsedStep) {
        if (given == null || given.length() != digits) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long candidate = current - 1; candidate <= current + 1; candidate++) {
            if (candidate > lastUsedStep && MessageDigest.isEqual(code(secret, candidate).getBytes(), given.getBytes())) {
                return OptionalLong.of(candidate);
            }
        }
        return OptionalLong.empty();
    }
}
