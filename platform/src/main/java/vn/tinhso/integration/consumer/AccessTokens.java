package vn.tinhso.integration.consumer;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.secrets.PlatformSecrets;

/**
 * Short-lived access tokens (OAuth2 client credentials): self-contained and signed with HMAC-SHA256, so the gateway
 * verifies them in memory; the consumer's generation inside, checked against {@link ConsumerDirectory}, makes
 * rotation and revocation effective without a database read per call (ADR 0010).
 *
 * <p>Format: {@code v1.<base64url(key \n generation \n expiry \n scope \n id)>.<base64url(hmac)>}.
 */
@Component
public class AccessTokens {

    private static final String PREFIX = "v1.";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    /** Tokens whose signature is remembered; beyond this the memory starts afresh. */
    private static final int MAX_REMEMBERED = 100_000;

    private final ConsumerDirectory directory;
    private final ConsumerAdministration consumers;
    private final IntegrationProperties properties;
    private final PlatformSecrets secrets;
    private final Clock clock = Clock.systemUTC();
    private volatile Mac prototype;
    private final Map<String, Signed> signed = new ConcurrentHashMap<>();

    AccessTokens(ConsumerDirectory directory, ConsumerAdministration consumers, IntegrationProperties properties,
            PlatformSecrets secrets) {
        this.directory = directory;
        this.consumers = consumers;
        this.properties = properties;
        this.secrets = secrets;
    }

    /** Client credentials grant; the scope is the requested services, or all subscribed ones when none is asked. */
    public Grant issue(String consumerKey, String secret, String requestedScope) {
        if (consumerKey == null || !consumers.secretMatches(consumerKey, secret)) {
            throw new TokenRefused("invalid_client");
        }
        directory.refresh();
        ConsumerDirectory.Entry consumer = directory.consumer(consumerKey)
                .filter(ConsumerDirectory.Entry::active).orElseThrow(() -> new TokenRefused("invalid_client"));
        Set<String> scope = new LinkedHashSet<>();
        if (requestedScope == null || requestedScope.isBlank()) {
            scope.addAll(consumer.subscriptions().keySet().stream().sorted().toList());
        } else {
            for (String service : requestedScope.strip().split("\\s+")) {
                if (!consumer.subscriptions().containsKey(service)) {
                    throw new TokenRefused("invalid_scope");
                }
                scope.add(service);
            }
        }
        long lifetime = properties.tokenLifetime().toSeconds();
        long expiry = clock.instant().getEpochSecond() + lifetime;
        String scopeText = String.join(" ", scope);
        String payload = consumerKey + '\n' + consumer.generation() + '\n' + expiry + '\n' + scopeText + '\n'
                + UUID.randomUUID();
        byte[] payloadBytes = payload.getBytes(StandardCharsets.UTF_8);
        String token = PREFIX + ENCODER.encodeToString(payloadBytes) + '.' + ENCODER.encodeToString(sign(payloadBytes));
        return new Grant(token, lifetime, scopeText);
    }

    /**
     * Checks signature, expiry and that the consumer still holds the generation; touches no database. A token whose
     * signature was checked once is remembered until it expires, so a consumer's later calls cost a map lookup; the
     * expiry and generation checks still run on every call.
     */
    public Verified verify(String token) {
        Signed known = token == null ? null : signed.get(token);
        if (known == null) {
            known = checkSignature(token);
            if (known == null) {
                return Verified.failed(Failure.INVALID);
            }
            if (signed.size() >= MAX_REMEMBERED) {
                signed.clear();
            }
            signed.put(token, known);
        }
        if (!clock.instant().isBefore(known.expiry())) {
            signed.remove(token);
            return Verified.failed(Failure.EXPIRED);
        }
        ConsumerDirectory.Entry consumer = directory.consumer(known.consumerKey()).orElse(null);
        if (consumer == null || !consumer.active() || consumer.generation() != known.generation()) {
            return Verified.failed(Failure.REVOKED);
        }
        return new Verified(new Token(known.consumerKey(), known.scope(), known.expiry(), consumer), null);
    }

    /** The token's content if its signature holds, else {@code null}. */
    private Signed checkSignature(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return null;
        }
        int dot = token.indexOf('.', PREFIX.length());
        if (dot < 0) {
            return null;
        }
        try {
            byte[] payload = DECODER.decode(token.substring(PREFIX.length(), dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(sign(payload), signature)) {
                return null;
            }
            String[] fields = new String(payload, StandardCharsets.UTF_8).split("\n", -1);
            if (fields.length != 5) {
                return null;
            }
            Set<String> scope = fields[3].isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(fields[3].split(" ")));
            return new Signed(fields[0], Integer.parseInt(fields[1]), Instant.ofEpochSecond(Long.parseLong(fields[2])),
                    scope);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    private byte[] sign(byte[] payload) {
        try {
            Mac mac = (Mac) prototype().clone();
            return mac.doFinal(payload);
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("HmacSHA256 of the JDK is cloneable", e);
        }
    }

    private Mac prototype() {
        Mac mac = prototype;
        if (mac == null) {
            String key = secrets.getOrCreate("token-signing-key", () -> {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                return Base64.getEncoder().encodeToString(bytes);
            });
            try {
                mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(Base64.getDecoder().decode(key), "HmacSHA256"));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("Every JDK has HmacSHA256", e);
            }
            prototype = mac;
        }
        return mac;
    }

    /** What a correctly signed token says. */
    private record Signed(String consumerKey, int generation, Instant expiry, Set<String> scope) {
    }

    /** A token as the token endpoint returns it. */
    public record Grant(String accessToken, long expiresIn, String scope) {
    }

    /** A valid token's content. */
    public record Token(String consumerKey, Set<String> scope, Instant expiresAt, ConsumerDirectory.Entry consumer) {

        /** Limits of the subscription to {@code service}, or {@code null} when the token may not call it. */
        public ConsumerDirectory.Limits limitsFor(String service) {
            return scope.contains(service) ? consumer.subscriptions().get(service) : null;
        }
    }

    /** Why a token was refused. */
    public enum Failure {
        INVALID, EXPIRED, REVOKED
    }

    /** Either a token or the reason it failed. */
    public record Verified(Token token, Failure failure) {
        static Verified failed(Failure failure) {
            return new Verified(null, failure);
        }
    }

    /** The token endpoint's refusal, with the RFC 6749 §5.2 error code. */
    public static final class TokenRefused extends RuntimeException {
        private final String error;

        TokenRefused(String error) {
            super(error);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }
}
