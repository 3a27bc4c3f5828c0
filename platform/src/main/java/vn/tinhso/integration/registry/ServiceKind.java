package vn.tinhso.integration.registry;

/** How the gateway reaches a service's provider. */
public enum ServiceKind {
    /** Dịch vụ REST, described by an OpenAPI document: forwarded as it is. */
    REST,
    /** Dịch vụ SOAP, described by a WSDL: offered to consumers as REST through declared mappings. */
    SOAP,
    /** A national platform (NGSP/NDXP) service: called with the province's national token. */
    NATIONAL
}
