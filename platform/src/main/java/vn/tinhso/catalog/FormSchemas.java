package vn.tinhso.catalog;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Derives the JSON Schema (draft 2020-12) of an e-form from its fields and validates entered data against it,
 * wording each failure for the applicant in Vietnamese and English.
 */
final class FormSchemas {

    /** Personal identification number (số định danh cá nhân): 12 digits. */
    static final String PERSONAL_ID_PATTERN = "^[0-9]{12}$";
    /** Vietnamese phone numbers: 0 or +84 followed by 9 digits. */
    static final String PHONE_PATTERN = "^(0|\\+84)[0-9]{9}$";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> { });
    private static final Map<EForm, Schema> COMPILED = new ConcurrentHashMap<>();

    private FormSchemas() {
    }

    static ObjectNode schemaOf(EForm form) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        schema.put("title", form.title());
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = schema.putArray("required");
        for (FormField field : form.fields()) {
            properties.set(field.name(), propertyOf(field));
            if (field.required()) {
                required.add(field.name());
            }
        }
        return schema;
    }

    static List<FormError> validate(EForm form, JsonNode data) {
        Schema schema = COMPILED.computeIfAbsent(form, f -> REGISTRY.getSchema(schemaOf(f).toString()));
        return schema.validate(data).stream().map(error -> describe(form, error)).toList();
    }

    private static ObjectNode propertyOf(FormField field) {
        ObjectNode property = JSON.createObjectNode();
        property.put("title", field.label());
        switch (field.type()) {
            case NUMBER -> property.put("type", "number");
            case BOOLEAN -> property.put("type", "boolean");
            case DATE -> property.put("type", "string").put("format", "date");
            case EMAIL -> property.put("type", "string").put("format", "email");
            case PERSONAL_ID -> property.put("type", "string").put("pattern", PERSONAL_ID_PATTERN);
            case PHONE -> property.put("type", "string").put("pattern", PHONE_PATTERN);
            case CHOICE -> {
                property.put("type", "string");
                field.options().forEach(property.putArray("enum")::add);
            }
            default -> property.put("type", "string").put("minLength", field.required() ? 1 : 0);
        }
        if (field.pattern() != null) {
            property.put("pattern", field.pattern());
        }
        return property;
    }

    private static FormError describe(EForm form, Error error) {
        String name = error.getProperty() != null ? error.getProperty() : lastName(error);
        String label = form.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(FormField::label).orElse(name);
        String keyword = Optional.ofNullable(error.getKeyword()).orElse("invalid");
        return switch (keyword) {
            case "required" -> new FormError(name, keyword, "Chưa nhập " + label + ".", label + " is required.");
            case "minLength" -> new FormError(name, keyword, "Chưa nhập " + label + ".", label + " is empty.");
            case "enum" -> new FormError(name, keyword, label + ": giá trị không nằm trong danh sách cho phép.",
                    label + ": value not among the allowed options.");
            case "pattern", "format" -> new FormError(name, keyword, label + " không đúng định dạng.",
                    label + " is not in the expected format.");
            default -> new FormError(name, keyword, label + " không hợp lệ.", label + " is invalid.");
        };
    }

    private static String lastName(Error error) {
        var path = error.getInstanceLocation();
        return path == null || path.getNameCount() == 0 ? "" : path.getName(path.getNameCount() - 1);
    }
}
