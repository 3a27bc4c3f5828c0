package vn.tinhso.integration.gateway;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.integration.registry.ServiceDefinition;

/** The optional JSON Schema check of request bodies, with compiled schemas kept per service version. */
@Component
class RequestChecks {

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12, builder -> { });

    private final JsonMapper json;
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    RequestChecks(JsonMapper json) {
        this.json = json;
    }

    void validate(ServiceDefinition service, byte[] body, String contentType) {
        if (service.requestSchema() == null || body.length == 0 || contentType == null
                || !contentType.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            return;
        }
        Compiled schema = compiled.get(service.key());
        if (schema == null || !schema.text().equals(service.requestSchema())) {
            schema = new Compiled(service.requestSchema(), REGISTRY.getSchema(service.requestSchema()));
            compiled.put(service.key(), schema);
        }
        JsonNode document;
        try {
            document = json.readTree(body);
        } catch (RuntimeException e) {
            throw GatewayProblem.rejected("gateway-request-invalid", HttpStatus.BAD_REQUEST, "not JSON");
        }
        List<Error> errors = schema.schema().validate(document);
        if (!errors.isEmpty()) {
            throw GatewayProblem.rejected("gateway-request-invalid", HttpStatus.BAD_REQUEST,
                    errors.getFirst().getMessage());
        }
    }

    private record Compiled(String text, Schema schema) {
    }
}
