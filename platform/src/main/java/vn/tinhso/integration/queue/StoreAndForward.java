package vn.tinhso.integration.queue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.integration.MessageNotFound;
import vn.tinhso.integration.MessageNotReplayable;

/** Accepting calls for later delivery, answering their status, and operators' replays of dead letters. */
@Service
public class StoreAndForward {

    private static final int MAX_LISTED = 500;

    private final MessageQueue queue;
    private final AuditLog audit;

    StoreAndForward(MessageQueue queue, AuditLog audit) {
        this.queue = queue;
        this.audit = audit;
    }

    /** Stores the call durably before the gateway answers 202; a repeated idempotency key answers the first. */
    @Transactional
    public QueuedMessage enqueue(NewMessage message) {
        return queue.add(message);
    }

    /** The message if it belongs to {@code consumerKey}: a consumer sees only its own messages. */
    @Transactional(readOnly = true)
    public Optional<QueuedMessage> statusFor(String consumerKey, String messageId) {
        return parse(messageId).flatMap(queue::find).filter(m -> m.consumerKey().equals(consumerKey));
    }

    @Transactional(readOnly = true)
    public QueuedMessage get(String messageId) {
        return parse(messageId).flatMap(queue::find).orElseThrow(() -> new MessageNotFound(messageId));
    }

    @Transactional(readOnly = true)
    public List<QueuedMessage> find(String status, String serviceCode) {
        return queue.find(status, serviceCode, MAX_LISTED);
    }

    /** A dead letter back into the queue with fresh attempts (audited). */
    @Transactional
    public QueuedMessage replay(String messageId) {
        QueuedMessage before = get(messageId);
        if (!queue.replay(UUID.fromString(before.messageId()))) {
            throw new MessageNotReplayable(messageId, before.status());
        }
        QueuedMessage after = get(messageId);
        audit.record("integration.message.replayed", "IntegrationMessage", messageId,
                Map.of("status", before.status(), "attempts", before.attempts(),
                        "lastError", String.valueOf(before.lastError())),
                Map.of("status", after.status(), "attempts", after.attempts()));
        return after;
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
