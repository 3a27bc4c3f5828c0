package vn.tinhso.integration.queue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.gateway.Exchange;
import vn.tinhso.integration.gateway.GatewayJournal;
import vn.tinhso.integration.gateway.GatewayProblem;
import vn.tinhso.integration.gateway.ProviderClient;
import vn.tinhso.integration.gateway.ProviderRequest;
import vn.tinhso.integration.gateway.ProviderResponse;
import vn.tinhso.integration.gateway.Routes;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.ServiceStatus;
import vn.tinhso.integration.registry.Services;

/**
 * Delivers queued calls. Each attempt carries {@code Idempotency-Key: <message id>}, so a provider that got a
 * request but whose answer was lost recognises the repeat: with such a provider every message takes effect exactly
 * once. A provider that cannot be reached keeps the message queued (backing off) however long it is away; only
 * provider errors (5xx, 408, 429, time-outs) use up attempts and end in the dead letters.
 */
@Component
@ConditionalOnBooleanProperty(name = "tinhso.integration.queue.deliver", matchIfMissing = true)
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final MessageQueue queue;
    private final Services services;
    private final Routes routes;
    private final ProviderClient client;
    private final GatewayJournal journal;
    private final IntegrationProperties.Queue settings;

    DeliveryWorker(MessageQueue queue, Services services, Routes routes, ProviderClient client,
            GatewayJournal journal, IntegrationProperties properties) {
        this.queue = queue;
        this.services = services;
        this.routes = routes;
        this.client = client;
        this.journal = journal;
        this.settings = properties.queue();
    }

    @Scheduled(fixedDelayString = "${tinhso.integration.queue.poll-interval:1s}",
            initialDelayString = "${tinhso.integration.queue.poll-interval:1s}")
    void poll() {
        for (int i = 0; i < settings.batchSize(); i++) {
            Optional<MessageQueue.Claimed> claimed = queue.claimNext(settings.lease());
            if (claimed.isEmpty()) {
                return;
            }
            deliver(claimed.get());
        }
    }

    private void deliver(MessageQueue.Claimed message) {
        Optional<ServiceDefinition> service = services.find(message.serviceCode(), message.serviceVersion())
                .filter(s -> s.status() != ServiceStatus.RETIRED);
        if (service.isEmpty()) {
            queue.dead(message.id(), "service retired or removed", null);
            return;
        }
        Exchange exchange = new Exchange(message.correlationId(), message.method(), message.path())
                .consumer(message.consumerKey()).service(service.get()).dossier(message.dossierCode())
                .request(message.body(), message.contentType());
        try {
            ProviderResponse answer = routes.response(service.get(), client.call(service.get(), request(
                    service.get(), message)));
            journal.record(exchange.response(answer.status(), outcomeOf(answer.status()), answer.body(),
                    answer.contentType()));
            if (answer.status() >= 500 || answer.status() == 408 || answer.status() == 429) {
                failed(message, "provider answered " + answer.status(), answer.status());
            } else {
                queue.delivered(message.id(), answer.status());
            }
        } catch (GatewayProblem problem) {
            journal.record(exchange.response(problem.status().value(), problem.outcome(), null, null));
            if (GatewayProblem.Outcome.UNAVAILABLE.equals(problem.outcome())) {
                // The provider is away, not the message at fault: wait, never bury.
                queue.retryAfter(message.id(), problem.code(), null, settings.backoffAfter(message.attempt()));
            } else if (GatewayProblem.Outcome.REJECTED.equals(problem.outcome())) {
                queue.dead(message.id(), problem.code(), problem.status().value());
            } else {
                failed(message, problem.code(), null);
            }
        }
    }

    private ProviderRequest request(ServiceDefinition service, MessageQueue.Claimed message) {
        int mark = message.path().indexOf('?');
        String path = mark < 0 ? message.path() : message.path().substring(0, mark);
        String query = mark < 0 ? null : message.path().substring(mark + 1);
        List<String[]> headers = new ArrayList<>();
        headers.add(new String[] {"Idempotency-Key", message.id().toString()});
        headers.add(new String[] {"X-Correlation-Id", message.correlationId()});
        headers.add(new String[] {"X-Consumer-Key", message.consumerKey()});
        if (message.contentType() != null) {
            headers.add(new String[] {"Content-Type", message.contentType()});
        }
        return routes.request(service, message.method(), path, query, headers,
                message.body() == null ? new byte[0] : message.body(), message.contentType());
    }

    private void failed(MessageQueue.Claimed message, String error, Integer status) {
        if (message.attempt() >= settings.maxAttempts()) {
            log.warn("Message {} is DEAD after {} attempts: {}", message.id(), message.attempt(), error);
            queue.dead(message.id(), error, status);
        } else {
            queue.retryAfter(message.id(), error, status, settings.backoffAfter(message.attempt()));
        }
    }

    private static String outcomeOf(int status) {
        return status >= 500 ? GatewayProblem.Outcome.PROVIDER_ERROR
                : status >= 400 ? GatewayProblem.Outcome.CLIENT_ERROR : GatewayProblem.Outcome.SUCCESS;
    }
}
