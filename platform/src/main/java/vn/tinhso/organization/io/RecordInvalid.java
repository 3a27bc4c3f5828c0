package vn.tinhso.organization.io;

import java.util.List;
import vn.tinhso.shared.InvalidInput;

/** A record sent to be created, updated or closed breaks a rule; {@link #errors()} names the fields (row 1). */
public class RecordInvalid extends InvalidInput {

    private final transient List<RowError> errors;

    public RecordInvalid(List<RowError> errors) {
        super("record-invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
