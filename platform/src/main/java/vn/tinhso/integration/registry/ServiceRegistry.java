package vn.tinhso.integration.registry;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.integration.ApprovalBySameUser;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.LifecycleTransitionNotAllowed;
import vn.tinhso.integration.NoPendingTransition;
import vn.tinhso.integration.OwnerAgencyUnknown;
import vn.tinhso.integration.ServiceAlreadyRegistered;
import vn.tinhso.integration.ServiceDefinitionInvalid;
import vn.tinhso.integration.ServiceNotEditable;
import vn.tinhso.integration.ServiceNotFound;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.Organizations;
import vn.tinhso.shared.Actor;

/**
 * Use cases of the service registry: a provider registers a service as a draft, changes it while it is a draft or
 * in testing, and asks for lifecycle steps that another person approves. Every change is audited.
 */
@Service
public class ServiceRegistry {

    private static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern VERSION = Pattern.compile("[A-Za-z0-9.]{1,16}");

    private final Services services;
    private final Organizations organizations;
    private final AuditLog audit;
    private final IntegrationProperties properties;
    private final ApplicationEventPublisher events;

    ServiceRegistry(Services services, Organizations organizations, AuditLog audit, IntegrationProperties properties,
            ApplicationEventPublisher events) {
        this.services = services;
        this.organizations = organizations;
        this.audit = audit;
        this.properties = properties;
        this.events = events;
    }

    @Transactional
    public ServiceDefinition register(ServiceRegistration registration) {
        ServiceDefinition service = validated(registration, ServiceStatus.DRAFT);
        if (services.find(service.code(), service.version()).isPresent()) {
            throw new ServiceAlreadyRegistered(service.code(), service.version());
        }
        services.insert(service);
        ServiceDefinition stored = get(service.code(), service.version());
        audit.record("integration.service.registered", "IntegrationService", stored.key(), null,
                stored.withoutDocuments());
        return stored;
    }

    @Transactional
    public ServiceDefinition change(String code, String version, ServiceRegistration registration) {
        ServiceDefinition before = get(code, version);
        if (before.status() != ServiceStatus.DRAFT && before.status() != ServiceStatus.TESTING) {
            throw new ServiceNotEditable(before.key(), before.status());
        }
        ServiceRegistration same = new ServiceRegistration(code, version, registration.name(),
                registration.description(), registration.kind(), registration.ownerAgency(), registration.baseUrl(),
                registration.contractDocument(), registration.classification(), registration.bodyLogging(),
                registration.timeoutMs(), registration.maxRequestBytes(), registration.latencyTargetMs(),
                registration.requestSchema(), registration.soapMappings());
        services.update(validated(same, before.status()));
        ServiceDefinition after = get(code, version);
        audit.record("integration.service.changed", "IntegrationService", after.key(), before.withoutDocuments(),
                after.withoutDocuments());
        changed();
        return after;
    }

    /** First half of a lifecycle step: recorded, not applied, until someone else approves it. */
    @Transactional
    public ServiceDefinition requestTransition(String code, String version, ServiceStatus target, String reason) {
        ServiceDefinition service = get(code, version);
        if (target == null || !service.status().next().contains(target)) {
            throw new LifecycleTransitionNotAllowed(service.key(), service.status(), target);
        }
        PendingTransition pending = new PendingTransition(target, Actor.current(), reason);
        services.setPending(code, version, pending);
        audit.record("integration.service.transition-requested", "IntegrationService", service.key(),
                Map.of("status", service.status()), pending);
        return get(code, version);
    }

    @Transactional
    public ServiceDefinition approveTransition(String code, String version) {
        ServiceDefinition service = get(code, version);
        PendingTransition pending = pendingOf(service);
        if (pending.requestedBy().equals(Actor.current())) {
            throw new ApprovalBySameUser(Actor.current());
        }
        services.setStatus(code, version, pending.target());
        audit.record("integration.service.transition-approved", "IntegrationService", service.key(),
                Map.of("status", service.status()), Map.of("status", pending.target(),
                        "requestedBy", pending.requestedBy()));
        changed();
        return get(code, version);
    }

    @Transactional
    public ServiceDefinition rejectTransition(String code, String version) {
        ServiceDefinition service = get(code, version);
        PendingTransition pending = pendingOf(service);
        services.setPending(code, version, null);
        audit.record("integration.service.transition-rejected", "IntegrationService", service.key(), pending, null);
        return get(code, version);
    }

    @Transactional(readOnly = true)
    public ServiceDefinition get(String code, String version) {
        return services.find(code, version).orElseThrow(() -> new ServiceNotFound(code, version));
    }

    @Transactional(readOnly = true)
    public List<ServiceDefinition> search(String text, ServiceStatus status, String ownerAgency) {
        return services.search(text, status, ownerAgency).stream().map(ServiceDefinition::withoutDocuments).toList();
    }

    private PendingTransition pendingOf(ServiceDefinition service) {
        if (service.pending() == null) {
            throw new NoPendingTransition(service.key());
        }
        if (!service.status().next().contains(service.pending().target())) {
            throw new LifecycleTransitionNotAllowed(service.key(), service.status(), service.pending().target());
        }
        return service.pending();
    }

    /** Tells the gateway's snapshot of callable services to reload after the commit. */
    private void changed() {
        events.publishEvent(new RegistryChanged());
    }

    private ServiceDefinition validated(ServiceRegistration r, ServiceStatus status) {
        require(r.code() != null && CODE.matcher(r.code()).matches(), "code");
        require(r.version() != null && VERSION.matcher(r.version()).matches(), "version");
        require(r.name() != null && !r.name().isBlank(), "name");
        require(r.kind() != null, "kind");
        require(r.classification() != null, "classification");
        require(r.ownerAgency() != null, "ownerAgency");
        if (organizations.agency(AgencyCode.of(r.ownerAgency()), LocalDate.now()).isEmpty()) {
            throw new OwnerAgencyUnknown(r.ownerAgency());
        }
        String baseUrl = baseUrlOf(r);
        require(r.kind() != ServiceKind.SOAP || (r.soapMappings() != null && !r.soapMappings().isEmpty()
                && r.soapMappings().stream().allMatch(ServiceRegistry::complete)), "soapMappings");
        int timeout = r.timeoutMs() == null ? 10_000 : r.timeoutMs();
        int maxBytes = r.maxRequestBytes() == null ? 1_048_576 : r.maxRequestBytes();
        int latency = r.latencyTargetMs() == null ? 1_000 : r.latencyTargetMs();
        require(timeout >= 100 && timeout <= 120_000, "timeoutMs");
        require(maxBytes >= 0 && maxBytes <= 104_857_600, "maxRequestBytes");
        require(latency > 0, "latencyTargetMs");
        return new ServiceDefinition(r.code(), r.version(), r.name().strip(), r.description(), r.kind(),
                r.ownerAgency(), baseUrl, r.contractDocument(), r.classification(),
                r.bodyLogging() == null ? BodyLogging.NONE : r.bodyLogging(), status, timeout, maxBytes, latency,
                r.requestSchema() == null || r.requestSchema().isNull() ? null : r.requestSchema().toString(),
                r.soapMappings() == null ? List.of() : r.soapMappings(), null, null, null);
    }

    /** A national service lives at {@code <national base>/<code>/<version>} unless the provider says otherwise. */
    private String baseUrlOf(ServiceRegistration r) {
        String baseUrl = r.baseUrl();
        if ((baseUrl == null || baseUrl.isBlank()) && r.kind() == ServiceKind.NATIONAL
                && properties.national().configured()) {
            baseUrl = stripSlash(properties.national().baseUrl()) + "/" + r.code() + "/" + r.version();
        }
        require(baseUrl != null && isHttpUrl(baseUrl), "baseUrl");
        return stripSlash(baseUrl);
    }

    private static boolean complete(SoapMapping m) {
        return m.method() != null && m.path() != null && m.path().startsWith("/") && m.operation() != null
                && m.namespace() != null;
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void require(boolean condition, String field) {
        if (!condition) {
            throw new ServiceDefinitionInvalid(field);
        }
    }
}
