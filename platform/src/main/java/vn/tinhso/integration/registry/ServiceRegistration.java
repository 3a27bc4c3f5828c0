package vn.tinhso.integration.registry;

import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * What a provider submits to register (or change) a service; unset limits take the defaults.
 *
 * @param contractDocument the OpenAPI (REST) or WSDL (SOAP) document as text
 * @param requestSchema    optional JSON Schema the gateway checks JSON request bodies against
 * @param soapMappings     for SOAP services: the REST operations offered to consumers
 */
public record ServiceRegistration(String code, String version, String name, String description, ServiceKind kind,
        String ownerAgency, String baseUrl, String contractDocument, DataClassification classification,
        BodyLogging bodyLogging, Integer timeoutMs, Integer maxRequestBytes, Integer latencyTargetMs,
        JsonNode requestSchema, List<SoapMapping> soapMappings) {
}
