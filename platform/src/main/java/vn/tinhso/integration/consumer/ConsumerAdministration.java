package vn.tinhso.integration.consumer;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.integration.ConsumerNotFound;
import vn.tinhso.integration.ConsumerRevoked;
import vn.tinhso.integration.ServiceDefinitionInvalid;
import vn.tinhso.integration.SubscriptionExists;
import vn.tinhso.integration.SubscriptionNotFound;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.shared.Actor;

/**
 * Consumers' life: registration with a key and a secret shown once, secret rotation, revocation, subscriptions asked
 * for by the consumer and decided by the provider. Every change is audited; secrets never are.
 */
@Service
public class ConsumerAdministration {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Consumers consumers;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ConsumerAdministration(Consumers consumers, AuditLog audit, ApplicationEventPublisher events) {
        this.consumers = consumers;
        this.audit = audit;
        this.events = events;
    }

    @Transactional
    public IssuedCredentials register(NewConsumer consumer) {
        if (consumer.name() == null || consumer.name().isBlank()) {
            throw new ServiceDefinitionInvalid("name");
        }
        AgencyCode.of(consumer.agencyCode());
        String key = "ck_" + random(12);
        String secret = random(32);
        consumers.insert(key, consumer, hash(secret));
        Consumer stored = get(key);
        audit.record("integration.consumer.registered", "IntegrationConsumer", key, null, stored);
        changed();
        return new IssuedCredentials(key, secret, stored);
    }

    /** A new secret; the old one and every token issued with it stop working. */
    @Transactional
    public IssuedCredentials rotateSecret(String key) {
        Consumer before = active(key);
        String secret = random(32);
        consumers.rotate(key, hash(secret));
        Consumer after = get(key);
        audit.record("integration.consumer.secret-rotated", "IntegrationConsumer", key,
                Map.of("generation", before.generation()), Map.of("generation", after.generation()));
        changed();
        return new IssuedCredentials(key, secret, after);
    }

    @Transactional
    public Consumer revoke(String key) {
        Consumer before = active(key);
        consumers.revoke(key);
        Consumer after = get(key);
        audit.record("integration.consumer.revoked", "IntegrationConsumer", key, before, after);
        changed();
        return after;
    }

    @Transactional
    public Subscription subscribe(String key, SubscriptionRequest request) {
        active(key);
        if (request.serviceCode() == null || request.serviceCode().isBlank()) {
            throw new ServiceDefinitionInvalid("serviceCode");
        }
        if (consumers.subscribed(key, request.serviceCode())) {
            throw new SubscriptionExists(key, request.serviceCode());
        }
        int perMinute = request.requestsPerMinute() == null ? 600 : request.requestsPerMinute();
        int perDay = request.dailyQuota() == null ? 100_000 : request.dailyQuota();
        if (perMinute <= 0 || perDay <= 0) {
            throw new ServiceDefinitionInvalid(perMinute <= 0 ? "requestsPerMinute" : "dailyQuota");
        }
        long id = consumers.subscribe(key, request.serviceCode(), perMinute, perDay);
        Subscription stored = subscription(id);
        audit.record("integration.subscription.requested", "IntegrationSubscription", String.valueOf(id), null,
                stored);
        return stored;
    }

    /** The provider's decision: APPROVED, REJECTED or SUSPENDED. */
    @Transactional
    public Subscription decide(long id, SubscriptionStatus decision) {
        if (decision == null || decision == SubscriptionStatus.PENDING) {
            throw new ServiceDefinitionInvalid("status");
        }
        Subscription before = subscription(id);
        consumers.decide(id, decision, Actor.current());
        Subscription after = subscription(id);
        audit.record("integration.subscription.decided", "IntegrationSubscription", String.valueOf(id), before,
                after);
        changed();
        return after;
    }

    @Transactional(readOnly = true)
    public Consumer get(String key) {
        return consumers.find(key).orElseThrow(() -> new ConsumerNotFound(key));
    }

    @Transactional(readOnly = true)
    public List<Consumer> all() {
        return consumers.all();
    }

    @Transactional(readOnly = true)
    public List<Subscription> subscriptions(String key, SubscriptionStatus status) {
        return consumers.subscriptions(key, status);
    }

    /** Whether {@code secret} is the active consumer's current secret (compared in constant time). */
    @Transactional(readOnly = true)
    public boolean secretMatches(String key, String secret) {
        Optional<String> stored = consumers.secretHash(key);
        return stored.isPresent() && secret != null && MessageDigest.isEqual(
                stored.get().getBytes(StandardCharsets.US_ASCII), hash(secret).getBytes(StandardCharsets.US_ASCII));
    }

    private Subscription subscription(long id) {
        return consumers.subscription(id).orElseThrow(() -> new SubscriptionNotFound(id));
    }

    private Consumer active(String key) {
        Consumer consumer = get(key);
        if (consumer.status() == ConsumerStatus.REVOKED) {
            throw new ConsumerRevoked(key);
        }
        return consumer;
    }

    private void changed() {
        events.publishEvent(new ConsumerDirectory.DirectoryChanged());
    }

    private static String random(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(value);
    }

    /** SHA-256 suffices: the secret is 256 random bits, not a password a person chose (ADR 0010). */
    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }
}
