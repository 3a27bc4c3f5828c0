package vn.tinhso.integration.consumer;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gateway's in-memory view of consumers and approved subscriptions, so that checking a call reads no table.
 * It is reloaded after every local change (once committed) and every {@code tinhso.integration.directory-refresh}
 * for changes made on other nodes (ADR 0010).
 */
@Component
public class ConsumerDirectory {

    private final Consumers consumers;
    private volatile Snapshot current;

    ConsumerDirectory(Consumers consumers) {
        this.consumers = consumers;
    }

    /** The consumer as the gateway knows it, if it exists. */
    public Optional<Entry> consumer(String key) {
        return Optional.ofNullable(snapshot().consumers().get(key));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${tinhso.integration.directory-refresh:2s}",
            initialDelayString = "${tinhso.integration.directory-refresh:2s}")
    public void refresh() {
        current = consumers.snapshot();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(DirectoryChanged changed) {
        refresh();
    }

    private Snapshot snapshot() {
        Snapshot snapshot = current;
        if (snapshot == null) {
            refresh();
            snapshot = current;
        }
        return snapshot;
    }

    /** A consumer's generation, whether it is active and the services it may call with their limits. */
    public record Entry(int generation, boolean active, Map<String, Limits> subscriptions) {
    }

    /** Rate limit and daily quota of one subscription. */
    public record Limits(int perMinute, int perDay) {
    }

    record Snapshot(Map<String, Entry> consumers) {
    }

    /** Published after a change to consumers or subscriptions. */
    record DirectoryChanged() {
    }

    static final class SnapshotBuilder {
        private final Map<String, Entry> consumers = new HashMap<>();

        void consumer(String key, int generation, boolean active) {
            consumers.put(key, new Entry(generation, active, new HashMap<>()));
        }

        void subscription(String key, String service, int perMinute, int perDay) {
            Entry entry = consumers.get(key);
            if (entry != null) {
                entry.subscriptions().put(service, new Limits(perMinute, perDay));
            }
        }

        Snapshot build() {
            Map<String, Entry> frozen = new HashMap<>();
            consumers.forEach((key, entry) -> frozen.put(key,
                    new Entry(entry.generation(), entry.active(), Map.copyOf(entry.subscriptions()))));
            return new Snapshot(Map.copyOf(frozen));
        }
    }
}
