package vn.tinhso.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.integration.consumer.Consumer;
import vn.tinhso.integration.consumer.ConsumerAdministration;
import vn.tinhso.integration.consumer.IssuedCredentials;
import vn.tinhso.integration.consumer.NewConsumer;
import vn.tinhso.integration.consumer.Subscription;
import vn.tinhso.integration.consumer.SubscriptionRequest;
import vn.tinhso.integration.consumer.SubscriptionStatus;

/**
 * Consumers (system administrators): keys and secrets, rotation, revocation, subscriptions. Subscription decisions
 * belong to the provider's side: catalogue or system administrators.
 */
@RestController
@Tag(name = "LGSP consumers", description = "Hệ thống khai thác, khóa truy cập, đăng ký sử dụng dịch vụ")
class ConsumerController {

    private final ConsumerAdministration consumers;

    ConsumerController(ConsumerAdministration consumers) {
        this.consumers = consumers;
    }

    @PostMapping("/api/v1/integration/consumers")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Register a consumer; the secret is shown in this answer only (audited)")
    IssuedCredentials register(@RequestBody NewConsumer consumer) {
        return consumers.register(consumer);
    }

    @GetMapping("/api/v1/integration/consumers")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    List<Consumer> all() {
        return consumers.all();
    }

    @GetMapping("/api/v1/integration/consumers/{key}")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    Consumer get(@PathVariable String key) {
        return consumers.get(key);
    }

    @PostMapping("/api/v1/integration/consumers/{key}/secret")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Rotate the secret: the old one and its tokens stop working (audited)")
    IssuedCredentials rotate(@PathVariable String key) {
        return consumers.rotateSecret(key);
    }

    @PostMapping("/api/v1/integration/consumers/{key}/revoke")
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Revoke the consumer for good; its tokens stop working (audited)")
    Consumer revoke(@PathVariable String key) {
        return consumers.revoke(key);
    }

    @PostMapping("/api/v1/integration/consumers/{key}/subscriptions")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    @Operation(summary = "Ask to use a service; the provider decides (audited)")
    Subscription subscribe(@PathVariable String key, @RequestBody SubscriptionRequest request) {
        return consumers.subscribe(key, request);
    }

    @GetMapping("/api/v1/integration/subscriptions")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'CATALOG_ADMIN')")
    @Operation(summary = "Subscriptions by consumer and/or status, e.g. the PENDING ones awaiting a decision")
    List<Subscription> subscriptions(@RequestParam(required = false) String consumer,
            @RequestParam(required = false) SubscriptionStatus status) {
        return consumers.subscriptions(consumer, status);
    }

    @PostMapping("/api/v1/integration/subscriptions/{id}/decision")
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'CATALOG_ADMIN')")
    @Operation(summary = "The provider's decision: APPROVED, REJECTED or SUSPENDED (audited)")
    Subscription decide(@PathVariable long id, @RequestBody Decision decision) {
        return consumers.decide(id, decision.status());
    }

    record Decision(SubscriptionStatus status) {
    }
}
