package vn.tinhso.catalog;

import java.util.List;

/**
 * A field of an e-form (biểu mẫu điện tử).
 *
 * @param name     key in the submitted data
 * @param label    Vietnamese label shown to the applicant
 * @param type     data type, which also decides the input widget
 * @param required whether the form is invalid without it
 * @param pattern  a regular expression the value must match, if any
 * @param options  allowed values for {@link Type#CHOICE}
 * @param autoFill where the value can be filled from ("provide once"), or {@code null}
 * @param section  layout hint: the group of fields it is shown in
 * @param width    layout hint: columns out of 12
 */
public record FormField(String name, String label, Type type, boolean required, String pattern,
        List<String> options, AutoFill autoFill, String section, Integer width) {

    public FormField {
        options = options == null ? List.of() : List.copyOf(options);
    }

    /** Field types. */
    public enum Type {
        TEXT, LONG_TEXT, NUMBER, DATE, CHOICE, BOOLEAN, PERSONAL_ID, PHONE, EMAIL
    }

    /**
     * Where a value is filled from: the signed-in applicant's profile, or a national database reached through the
     * integration platform.
     *
     * @param source    the source
     * @param attribute the attribute there, e.g. {@code fullName}, {@code permanentAddress}
     */
    public record AutoFill(Source source, String attribute) {

        /** Sources of auto-fill. */
        public enum Source {
            APPLICANT_PROFILE, POPULATION_DATABASE, ENTERPRISE_DATABASE, CIVIL_STATUS_DATABASE, RESULT_STORE
        }
    }
}
