package vn.tinhso.integration.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.ServiceKind;
import vn.tinhso.integration.registry.ServiceRegistration;
import vn.tinhso.integration.registry.ServiceRegistry;
import vn.tinhso.integration.registry.ServiceStatus;

/**
 * The service registry and the developer portal's catalogue: any signed-in user reads it; catalogue and system
 * administrators register services and move them through their lifecycle, each step approved by a second person.
 */
@RestController
@RequestMapping("/api/v1/integration/services")
@Tag(name = "LGSP service registry", description = "Danh mục dịch vụ tích hợp, vòng đời có phê duyệt")
class ServiceRegistryController {

    private static final String EDITORS = "hasAnyRole('SYSTEM_ADMIN', 'CATALOG_ADMIN')";

    private final ServiceRegistry registry;

    ServiceRegistryController(ServiceRegistry registry) {
        this.registry = registry;
    }

    @GetMapping
    @Operation(summary = "Search the catalogue by text (accents ignored), status and owner agency")
    List<ServiceDefinition> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) ServiceStatus status, @RequestParam(required = false) String agency) {
        return registry.search(q, status, agency);
    }

    @GetMapping("/{code}/{version}")
    @Operation(summary = "One service version with its contract document and policies")
    ServiceDefinition get(@PathVariable String code, @PathVariable String version) {
        return registry.get(code, version);
    }

    @GetMapping("/{code}/{version}/contract")
    @Operation(summary = "The OpenAPI (REST) or WSDL (SOAP) document as the provider registered it")
    ResponseEntity<String> contract(@PathVariable String code, @PathVariable String version) {
        ServiceDefinition service = registry.get(code, version);
        if (service.contractDocument() == null) {
            return ResponseEntity.notFound().build();
        }
        MediaType type = service.kind() == ServiceKind.SOAP ? MediaType.TEXT_XML
                : service.contractDocument().stripLeading().startsWith("{") ? MediaType.APPLICATION_JSON
                : MediaType.parseMediaType("application/yaml");
        return ResponseEntity.ok().contentType(type).body(service.contractDocument());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize(EDITORS)
    @Operation(summary = "Register a service version as a draft (audited)")
    ServiceDefinition register(@RequestBody ServiceRegistration registration) {
        return registry.register(registration);
    }

    @PutMapping("/{code}/{version}")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Change a draft or testing service (audited)")
    ServiceDefinition change(@PathVariable String code, @PathVariable String version,
            @RequestBody ServiceRegistration registration) {
        return registry.change(code, version, registration);
    }

    @PostMapping("/{code}/{version}/lifecycle")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Ask for a lifecycle step (DRAFT → TESTING → PUBLISHED → DEPRECATED → RETIRED)")
    ServiceDefinition requestTransition(@PathVariable String code, @PathVariable String version,
            @RequestBody TransitionRequest request) {
        return registry.requestTransition(code, version, request.target(), request.reason());
    }

    @PostMapping("/{code}/{version}/lifecycle/approve")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Approve the pending step; the approver must not be the requester (audited)")
    ServiceDefinition approve(@PathVariable String code, @PathVariable String version) {
        return registry.approveTransition(code, version);
    }

    @PostMapping("/{code}/{version}/lifecycle/reject")
    @PreAuthorize(EDITORS)
    @Operation(summary = "Reject the pending step (audited)")
    ServiceDefinition reject(@PathVariable String code, @PathVariable String version) {
        return registry.rejectTransition(code, version);
    }

    record TransitionRequest(ServiceStatus target, String reason) {
    }
}
