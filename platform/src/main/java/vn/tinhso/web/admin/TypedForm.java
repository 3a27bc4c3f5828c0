package vn.tinhso.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tinhso.organization.InvalidFields;
import vn.tinhso.shared.Problem;

/**
 * A posted form as typed — kept to show again after a refusal — and the messages of the fields the page itself
 * refuses before the catalogue is asked (a date that is no date, a required end date left blank).
 */
final class TypedForm {

    private final Map<String, String> typed;
    private final Map<String, String> errors = new LinkedHashMap<>();
    private final FormMessages messages;

    TypedForm(Map<String, String> typed, FormMessages messages) {
        this.typed = new HashMap<>(typed);
        this.messages = messages;
    }

    /** The stripped text of {@code field}, null when blank. */
    String text(String field) {
        String value = typed.get(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    LocalDate date(String field, boolean required) {
        String value = text(field);
        if (value == null) {
            if (required) {
                refuse(field, "required");
            }
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException malformed) {
            refuse(field, "malformed-date");
            return null;
        }
    }

    /** Codes separated by semicolons, commas or spaces. */
    List<String> list(String field) {
        String value = text(field);
        return value == null ? List.of() : Arrays.stream(value.split("[;,\\s]+")).filter(s -> !s.isEmpty()).toList();
    }

    /** Refuses {@code field} for one of the catalogue's reasons ({@code organization.row.<reason>}). */
    void refuse(String field, String reason) {
        errors.putIfAbsent(field, messages.text(InvalidFields.MESSAGE_PREFIX + reason));
    }

    void refuseWith(String field, String message) {
        errors.putIfAbsent(field, message);
    }

    void refused(InvalidFields refused) {
        messages.fields(refused).forEach(errors::putIfAbsent);
    }

    /**
     * Makes the change when the page's own checks passed; true when the module took it. A refusal is kept for the
     * page: each field the catalogue names, or the problem's detail under {@code field}.
     */
    boolean attempt(String field, Runnable change) {
        if (!clean()) {
            return false;
        }
        try {
            change.run();
            return true;
        } catch (InvalidFields refused) {
            refused(refused);
        } catch (Problem refused) {
            refuseWith(field, messages.detail(refused));
        }
        return false;
    }

    boolean clean() {
        return errors.isEmpty();
    }

    Map<String, String> typed() {
        return typed;
    }

    Map<String, String> errors() {
        return errors;
    }
}
