package vn.tinhso.organization.io;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinhso.organization.InvalidFields;

/** A record sent to be created, updated or closed breaks a rule; {@link #errors()} names the fields (row 1). */
public class RecordInvalid extends InvalidFields {

    private final transient List<RowError> errors;

    public RecordInvalid(List<RowError> errors) {
        super("record-invalid", firstReasons(errors), errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }

    private static Map<String, String> firstReasons(List<RowError> errors) {
        Map<String, String> reasons = new LinkedHashMap<>();
        errors.forEach(error -> reasons.putIfAbsent(error.column(), error.reason()));
        return reasons;
    }
}
