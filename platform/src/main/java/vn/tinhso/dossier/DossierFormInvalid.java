package vn.tinhso.dossier;

import java.util.List;
import java.util.Map;
import vn.tinhso.catalog.FormError;
import vn.tinhso.shared.InvalidInput;

/** The e-form data does not satisfy the procedure's form; every problem is listed for the applicant. */
public class DossierFormInvalid extends InvalidInput {

    private final transient List<FormError> errors;

    public DossierFormInvalid(List<FormError> errors) {
        super("dossier-form-invalid", errors.size());
        this.errors = List.copyOf(errors);
    }

    @Override
    public Map<String, Object> properties() {
        return Map.of("errors", errors);
    }
}
