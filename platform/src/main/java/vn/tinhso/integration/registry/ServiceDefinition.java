package vn.tinhso.integration.registry;

import java.time.Instant;
import java.util.List;

/**
 * Dịch vụ tích hợp: a registered service version with its provider, contract, policies and lifecycle status.
 *
 * @param requestSchema JSON Schema text, or {@code null}
 */
public record ServiceDefinition(String code, String version, String name, String description, ServiceKind kind,
        String ownerAgency, String baseUrl, String contractDocument, DataClassification classification,
        BodyLogging bodyLogging, ServiceStatus status, int timeoutMs, int maxRequestBytes, int latencyTargetMs,
        String requestSchema, List<SoapMapping> soapMappings, PendingTransition pending, Instant createdAt,
        Instant updatedAt) {

    public String key() {
        return key(code, version);
    }

    public static String key(String code, String version) {
        return code + '/' + version;
    }

    /** The body policy as applied: secret data is never written to the log. */
    public BodyLogging effectiveBodyLogging() {
        return classification == DataClassification.SECRET ? BodyLogging.NONE : bodyLogging;
    }

    /** The catalogue's short view, without the contract document. */
    public ServiceDefinition withoutDocuments() {
        return new ServiceDefinition(code, version, name, description, kind, ownerAgency, baseUrl, null,
                classification, bodyLogging, status, timeoutMs, maxRequestBytes, latencyTargetMs, null, soapMappings,
                pending, createdAt, updatedAt);
    }
}
