package vn.tinhso.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.integration.InvalidSearch;
import vn.tinhso.integration.gateway.GatewayMetrics;
import vn.tinhso.integration.log.LogVerification;
import vn.tinhso.integration.log.LoggedExchange;
import vn.tinhso.integration.log.MessageLog;
import vn.tinhso.integration.queue.QueuedMessage;
import vn.tinhso.integration.queue.StoreAndForward;

/**
 * Operators' pages of the LGSP: the store-and-forward queue with replay of dead letters, the message log (search,
 * verification, seals) and the monitoring summary.
 */
@RestController
@Tag(name = "LGSP operations", description = "Hàng đợi, nhật ký trao đổi, giám sát")
class OperationsController {

    private static final int MAX_ROWS = 500;

    private final StoreAndForward queue;
    private final MessageLog log;
    private final GatewayMetrics metrics;

    OperationsController(StoreAndForward queue, MessageLog log, GatewayMetrics metrics) {
        this.queue = queue;
        this.log = log;
        this.metrics = metrics;
    }

    @GetMapping("/api/v1/integration/messages")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Queued messages, newest first, by status (QUEUED, DELIVERING, DELIVERED, DEAD) and service")
    List<QueuedMessage> messages(@RequestParam(required = false) String status,
            @RequestParam(required = false) String service) {
        return queue.find(status, service);
    }

    @GetMapping("/api/v1/integration/messages/{id}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    QueuedMessage message(@PathVariable String id) {
        return queue.get(id);
    }

    @PostMapping("/api/v1/integration/messages/{id}/replay")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Put a DEAD message back in the queue with fresh attempts (audited)")
    QueuedMessage replay(@PathVariable String id) {
        return queue.replay(id);
    }

    @GetMapping("/api/v1/integration/log/entries")
    @PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
    @Operation(summary = "Exchanges by correlation id and/or dossier code, oldest first (at most 500)")
    List<LoggedExchange> entries(@RequestParam(required = false) String correlationId,
            @RequestParam(required = false) String dossierCode) {
        if (correlationId == null && dossierCode == null) {
            throw new InvalidSearch();
        }
        return log.search(correlationId, dossierCode, MAX_ROWS);
    }

    @GetMapping("/api/v1/integration/log/verify")
    @PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
    @Operation(summary = "Check every hash and seal of the message log; names the first broken row")
    LogVerification verify() {
        return log.verify();
    }

    @PostMapping("/api/v1/integration/log/seal")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Seal the log's head now instead of waiting for the schedule (audited)")
    ResponseEntity<MessageLog.Seal> seal() {
        return log.sealNow().map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/integration/log/seal-key")
    @PreAuthorize("hasAnyRole('AUDITOR', 'SYSTEM_ADMIN')")
    @Operation(summary = "The public key that checks seals (Ed25519, X.509 DER in base64)")
    Map<String, String> sealKey() {
        return Map.of("algorithm", "Ed25519", "keyId", log.keyId(), "publicKey", log.publicKey());
    }

    @GetMapping("/api/v1/integration/monitoring")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AUDITOR')")
    @Operation(summary = "Calls, success rate, latency percentiles and QoS violations per service and consumer")
    List<GatewayMetrics.ServiceSummary> monitoring() {
        return metrics.summary();
    }
}
