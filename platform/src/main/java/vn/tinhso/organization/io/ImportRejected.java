package vn.tinhso.organization.io;

import java.util.List;
import vn.tinhso.shared.InvalidInput;

/** An import had bad rows; nothing was imported. {@link #errors()} names every bad cell. */
public class ImportRejected extends InvalidInput {

    private final transient List<RowError> errors;

    public ImportRejected(List<RowError> errors) {
        super("import-rejected", errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
