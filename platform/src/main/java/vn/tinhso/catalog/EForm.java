package vn.tinhso.catalog;

import java.util.List;

/**
 * The e-form of a procedure case (tờ khai điện tử). Its JSON Schema is derived from the fields, so the layout and
 * the validation never disagree.
 *
 * @param caseId the case it belongs to, or {@code null} for every case
 */
public record EForm(String caseId, String title, List<FormField> fields) {

    public EForm {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
