package vn.tinhso.integration.registry;

/**
 * One REST operation offered for a SOAP provider: {@code GET /citizens/{id}} becomes operation {@code GetCitizen}
 * whose child elements are the path variables, query parameters and JSON body fields.
 *
 * @param method     HTTP method consumers use
 * @param path       path template after {@code /gw/{service}/{version}}, with {@code {name}} variables
 * @param operation  SOAP operation (the body element's local name)
 * @param namespace  the operation element's namespace
 * @param soapAction the SOAPAction header, may be empty
 */
public record SoapMapping(String method, String path, String operation, String namespace, String soapAction) {
}
