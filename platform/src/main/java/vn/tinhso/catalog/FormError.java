package vn.tinhso.catalog;

/**
 * One problem with the data entered in an e-form, worded for the applicant.
 *
 * @param field     the field's name
 * @param keyword   the JSON Schema rule that failed ({@code required}, {@code pattern}, {@code format}...)
 * @param messageVi the message in Vietnamese
 * @param messageEn the message in English
 */
public record FormError(String field, String keyword, String messageVi, String messageEn) {
}
