package vn.tinhso.web.portal;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinhso.catalog.EForm;
import vn.tinhso.catalog.FormField;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A dossier being prepared online, kept in the citizen's session between the wizard's steps, so nothing typed is
 * lost when a step is refused or the citizen goes back.
 */
public final class Draft implements Serializable {

    String procedureCode;
    int version;
    String caseId;
    String agencyCode;
    final Map<String, String> applicant = new LinkedHashMap<>();
    final Map<String, String> form = new LinkedHashMap<>();
    /** Required document id → what stands for it. */
    final Map<String, Attachment> documents = new LinkedHashMap<>();

    /** A file uploaded for a document, or an earlier result reused in its place. */
    public record Attachment(String fileId, String fileName, String resultCode) implements Serializable {

        public boolean given() {
            return fileId != null && !fileId.isBlank() || resultCode != null && !resultCode.isBlank();
        }
    }

    public String getCaseId() {
        return caseId;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public Map<String, String> getApplicant() {
        return applicant;
    }

    public Map<String, String> getForm() {
        return form;
    }

    public Map<String, Attachment> getDocuments() {
        return documents;
    }

    static String sessionKey(String procedureCode) {
        return "nopHoSo:" + procedureCode;
    }

    /** The e-form data as JSON, typed as the form's fields are; blank values are left out. */
    ObjectNode formData(EForm eForm) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        for (FormField field : eForm == null ? List.<FormField>of() : eForm.fields()) {
            String value = form.get(field.name());
            if (field.type() == FormField.Type.BOOLEAN) {
                data.put(field.name(), "true".equals(value) || "on".equals(value));
                continue;
            }
            if (value == null || value.isBlank()) {
                continue;
            }
            if (field.type() == FormField.Type.NUMBER) {
                try {
                    data.put(field.name(), new java.math.BigDecimal(value.strip().replace(',', '.')));
                } catch (NumberFormatException notANumber) {
                    data.put(field.name(), value.strip());
                }
            } else {
                data.put(field.name(), value.strip());
            }
        }
        return data;
    }
}
