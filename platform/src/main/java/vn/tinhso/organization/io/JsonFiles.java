package vn.tinhso.organization.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON in and out. Export writes the records as the API shows them; import flattens each object into the sheet's
 * columns — nested objects (an agency's {@code contact}) lend their fields, arrays are joined with {@code ;} — so
 * an exported file imports unchanged and hand-written flat objects work too.
 */
final class JsonFiles {

    private JsonFiles() {
    }

    static List<RawRow> read(JsonMapper json, byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new ImportRejected(List.of(new RowError(0, null, null, "unreadable")));
        }
        if (root == null || !root.isArray()) {
            throw new ImportRejected(List.of(new RowError(0, null, null, "not-an-array")));
        }
        List<RawRow> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        for (JsonNode element : root.values()) {
            int number = rows.size() + errors.size() + 1;
            if (!element.isObject()) {
                errors.add(new RowError(number, null, null, "not-an-object"));
                continue;
            }
            rows.add(row(number, element));
        }
        if (!errors.isEmpty()) {
            throw new ImportRejected(errors);
        }
        return rows;
    }

    /** One JSON object as a row, e.g. for a single create or update. */
    static RawRow row(int number, JsonNode object) {
        Map<String, String> values = new LinkedHashMap<>();
        flatten(object, values);
        return new RawRow(number, values);
    }

    private static void flatten(JsonNode object, Map<String, String> values) {
        object.forEachEntry((name, value) -> {
            if (value.isObject()) {
                flatten(value, values);
            } else if (value.isArray()) {
                values.put(name, RowReader.joined(value.values().stream().map(JsonNode::asString).toList()));
            } else if (!value.isNull()) {
                values.put(name, value.asString());
            }
        });
    }

    static byte[] write(JsonMapper json, List<?> records) {
        return json.writeValueAsBytes(records);
    }
}
