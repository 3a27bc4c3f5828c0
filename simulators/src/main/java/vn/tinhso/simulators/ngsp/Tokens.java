package vn.tinhso.simulators.ngsp;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.tinhso.simulators.SimulatorProperties;

/** Opaque bearer tokens the platform has issued, each with its client, scope and expiry, kept in memory. */
@Component
class Tokens {

    /** An issued token: who holds it, which services it opens, until when. */
    record Token(String value, String clientId, Set<String> scope, Instant expiresAt) {
    }

    private final Map<String, Token> issued = new ConcurrentHashMap<>();
    private final SecureRandom random = new SecureRandom();
    private final SimulatorProperties properties;
    private final Clock clock;

    Tokens(SimulatorProperties properties) {
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    Token issue(String clientId, Set<String> scope) {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Token token = new Token(value, clientId, Set.copyOf(scope), clock.instant().plus(properties.ngsp().tokenTtl()));
        issued.put(value, token);
        issued.values().removeIf(t -> t.expiresAt().isBefore(clock.instant()));
        return token;
    }

    /** The live token with this value; empty when unknown or expired. */
    Optional<Token> find(String value) {
        Token token = issued.get(value);
        return token == null || token.expiresAt().isBefore(clock.instant()) ? Optional.empty() : Optional.of(token);
    }

    /** Ends every token early: to see how a client copes with a token that expired. */
    void expireAll() {
        issued.replaceAll((k, t) -> new Token(k, t.clientId(), t.scope(), Instant.EPOCH));
    }

    long ttlSeconds() {
        return properties.ngsp().tokenTtl().toSeconds();
    }
}
