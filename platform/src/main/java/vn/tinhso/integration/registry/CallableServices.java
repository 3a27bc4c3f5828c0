package vn.tinhso.integration.registry;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The gateway's in-memory copy of the services it may route to (published or deprecated), reloaded after local
 * registry changes and every {@code tinhso.integration.directory-refresh} for changes made elsewhere.
 */
@Component
public class CallableServices {

    private final Services services;
    private volatile Map<String, ServiceDefinition> byKey;

    CallableServices(Services services) {
        this.services = services;
    }

    public Optional<ServiceDefinition> find(String code, String version) {
        Map<String, ServiceDefinition> current = byKey;
        if (current == null) {
            refresh();
            current = byKey;
        }
        return Optional.ofNullable(current.get(ServiceDefinition.key(code, version)));
    }

    @EventListener(ApplicationReadyEvent.class)
    @Scheduled(fixedDelayString = "${tinhso.integration.directory-refresh:2s}",
            initialDelayString = "${tinhso.integration.directory-refresh:2s}")
    public void refresh() {
        byKey = services.callable().stream().collect(Collectors.toUnmodifiableMap(ServiceDefinition::key, s -> s));
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(RegistryChanged changed) {
        refresh();
    }
}
