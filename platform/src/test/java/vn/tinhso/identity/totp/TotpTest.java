package vn.tinhso.identity.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** RFC 6238 Appendix B: the reference test vectors, eight digits, for each of the three HMACs. */
class TotpTest {

    // The RFC's seeds: the ASCII string "12345678901234567890" repeated to the hash's key length.
    private static final byte[] SHA1_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_SEED = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_SEED = ("12345678901234567890123456789012345678901234567890123456789012"
            + "34").getBytes(StandardCharsets.US_ASCII);

    @ParameterizedTest(name = "{0} at {1}s: {2}")
    @CsvSource({
            "SHA1,   59,          94287082",
            "SHA256, 59,          46119246",
            "SHA512, 59,          90693936",
            "SHA1,   1111111109,  07081804",
            "SHA256, 1111111109,  68084774",
            "SHA512, 1111111109,  25091201",
            "SHA1,   1111111111,  14050471",
            "SHA256, 1111111111,  67062674",
            "SHA512, 1111111111,  99943326",
            "SHA1,   1234567890,  89005924",
            "SHA256, 1234567890,  91819424",
            "SHA512, 1234567890,  93441116",
            "SHA1,   2000000000,  69279037",
            "SHA256, 2000000000,  90698825",
            "SHA512, 2000000000,  38618901",
            "SHA1,   20000000000, 65353130",
            "SHA256, 20000000000, 77737706",
            "SHA512, 20000000000, 47863826"})
    void matchesTheTestVectorsOfRfc6238(Totp.Algorithm algorithm, long seconds, String expected) {
        byte[] seed = switch (algorithm) {
            case SHA1 -> SHA1_SEED;
            case SHA256 -> SHA256_SEED;
            case SHA512 -> SHA512_SEED;
        };
        Totp totp = new Totp(algorithm, 8);

        assertThat(totp.code(seed, Totp.step(Instant.ofEpochSecond(seconds)))).isEqualTo(expected);
        assertThat(totp.verify(seed, expected, Instant.ofEpochSecond(seconds), 0)).isPresent();
    }

    @Test
    void acceptsACodeOnceAndOnlyNearItsTime() {
        Totp totp = Totp.standard();
        Instant now = Instant.ofEpochSecond(1_700_000_000L);
        String code = totp.code(SHA1_SEED, Totp.step(now));

        long used = totp.verify(SHA1_SEED, code, now, 0).orElseThrow();
        assertThat(totp.verify(SHA1_SEED, code, now, used)).as("replayed").isEmpty();
        assertThat(totp.verify(SHA1_SEED, code, now.plusSeconds(31), 0)).as("one step later").isPresent();
        assertThat(totp.verify(SHA1_SEED, code, now.plusSeconds(95), 0)).as("three steps later").isEmpty();
        assertThat(totp.verify(SHA1_SEED, "12345", now, 0)).as("too short").isEmpty();
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Base32.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(Base32.decode(Base32.encode(SHA512_SEED))).isEqualTo(SHA512_SEED);
    }
}
