package vn.tinhso.integration.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.registry.ServiceDefinition;
import vn.tinhso.integration.registry.SoapMapping;

/**
 * REST → SOAP mediation for a SOAP provider's declared mappings: path variables, query parameters and the fields of
 * a JSON body become the child elements of the operation in a SOAP 1.1 envelope; the response's body element comes
 * back as JSON, a SOAP fault as a 502 problem.
 */
@Component
class SoapMediation {

    private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private final JsonMapper json;

    SoapMediation(JsonMapper json) {
        this.json = json;
    }

    /** The mapping declared for {@code method} and {@code path}, with the path's variables. */
    Optional<Match> match(ServiceDefinition service, String method, String path) {
        String[] actual = path.split("/", -1);
        for (SoapMapping mapping : service.soapMappings()) {
            if (!mapping.method().equalsIgnoreCase(method)) {
                continue;
            }
            String[] template = mapping.path().split("/", -1);
            if (template.length != actual.length) {
                continue;
            }
            Map<String, String> variables = new LinkedHashMap<>();
            boolean matches = true;
            for (int i = 0; i < template.length && matches; i++) {
                if (template[i].startsWith("{") && template[i].endsWith("}")) {
                    variables.put(template[i].substring(1, template[i].length() - 1),
                            java.net.URLDecoder.decode(actual[i], StandardCharsets.UTF_8));
                } else {
                    matches = template[i].equals(actual[i]);
                }
            }
            if (matches) {
                return Optional.of(new Match(mapping, variables));
            }
        }
        return Optional.empty();
    }

    ProviderRequest request(ServiceDefinition service, Match match, Map<String, String[]> query, byte[] body,
            List<String[]> headers) {
        SoapMapping mapping = match.mapping();
        StringBuilder xml = new StringBuilder(256 + body.length * 2);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?><soap:Envelope xmlns:soap=\"").append(ENVELOPE_NS)
                .append("\"><soap:Body><op:").append(mapping.operation()).append(" xmlns:op=\"")
                .append(XmlJson.escape(mapping.namespace())).append("\">");
        match.variables().forEach((name, value) -> element(xml, name, value));
        query.forEach((name, values) -> {
            for (String value : values) {
                element(xml, name, value);
            }
        });
        if (body.length > 0) {
            JsonNode fields = readJson(body);
            if (!fields.isObject()) {
                throw GatewayProblem.rejected("gateway-request-invalid", HttpStatus.BAD_REQUEST,
                        "a JSON object is expected");
            }
            fields.properties().forEach(field -> {
                requireName(field.getKey());
                XmlJson.appendJson(xml, field.getKey(), field.getValue());
            });
        }
        xml.append("</op:").append(mapping.operation()).append("></soap:Body></soap:Envelope>");
        List<String[]> soapHeaders = new ArrayList<>();
        for (String[] header : headers) {
            String name = header[0].toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("content-type") && !name.equals("accept")) {
                soapHeaders.add(header);
            }
        }
        soapHeaders.add(new String[] {"SOAPAction", "\"" + (mapping.soapAction() == null ? ""
                : mapping.soapAction()) + "\""});
        soapHeaders.add(new String[] {"Accept", "text/xml"});
        return new ProviderRequest("POST", service.baseUrl(), soapHeaders, xml.toString()
                .getBytes(StandardCharsets.UTF_8), "text/xml; charset=utf-8");
    }

    /** The SOAP answer as JSON: the operation's response element, or a 502 problem for a fault. */
    ProviderResponse response(ServiceDefinition service, ProviderResponse soap) {
        Element body;
        try {
            Document document = XmlJson.parse(soap.body());
            body = XmlJson.children(document.getDocumentElement()).stream()
                    .filter(e -> "Body".equals(e.getLocalName())).findFirst()
                    .orElseThrow(() -> new IOException("no SOAP Body"));
        } catch (IOException e) {
            throw new GatewayProblem("gateway-soap-invalid", HttpStatus.BAD_GATEWAY,
                    GatewayProblem.Outcome.PROVIDER_ERROR, service.key());
        }
        List<Element> content = XmlJson.children(body);
        if (!content.isEmpty() && "Fault".equals(content.getFirst().getLocalName())) {
            JsonNode fault = XmlJson.toJson(content.getFirst());
            throw new GatewayProblem("gateway-soap-fault", HttpStatus.BAD_GATEWAY,
                    GatewayProblem.Outcome.PROVIDER_ERROR, service.key(),
                    fault.path("faultstring").asString(fault.toString()));
        }
        JsonNode answer = content.isEmpty() ? json.createObjectNode() : XmlJson.toJson(content.getFirst());
        return new ProviderResponse(soap.status() >= 400 ? 502 : 200, List.of(),
                json.writeValueAsBytes(answer), "application/json");
    }

    private JsonNode readJson(byte[] body) {
        try {
            return json.readTree(body);
        } catch (RuntimeException e) {
            throw GatewayProblem.rejected("gateway-request-invalid", HttpStatus.BAD_REQUEST, "not JSON");
        }
    }

    private static void element(StringBuilder xml, String name, String value) {
        requireName(name);
        xml.append('<').append(name).append('>').append(XmlJson.escape(value)).append("</").append(name)
                .append('>');
    }

    private static void requireName(String name) {
        if (!XmlJson.validName(name)) {
            throw GatewayProblem.rejected("gateway-request-invalid", HttpStatus.BAD_REQUEST,
                    "'" + name + "' cannot be an XML element name");
        }
    }

    /** A declared mapping and the values of its path variables. */
    record Match(SoapMapping mapping, Map<String, String> variables) {
    }
}
