package vn.tinhso.catalog;

import java.util.List;
import java.util.Map;
import vn.tinhso.shared.InvalidInput;

/** A procedure definition (or a batch of them in an import) breaks the catalogue's rules; nothing was saved. */
public class ProcedureDefinitionInvalid extends InvalidInput {

    private final transient List<Violation> violations;

    public ProcedureDefinitionInvalid(List<Violation> violations) {
        super("procedure-definition-invalid", violations.size());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", violations);
    }

    /**
     * One broken rule.
     *
     * @param row    the row of an import file (1-based, as Excel shows it), or {@code null}
     * @param sheet  the sheet of an XLSX import, or {@code null}
     * @param column the field or column at fault
     * @param reason what is wrong, in Vietnamese
     */
    public record Violation(String sheet, Integer row, String column, String reason) {
    }
}
