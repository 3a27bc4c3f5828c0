package vn.tinhso.organization;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.tinhso.shared.InvalidInput;

/**
 * A record sent to the catalogue breaks its rules; {@link #reasons()} says which field, and why, as a stable reason
 * code ({@code required}, {@code username-taken}, {@code period-inverted}...) whose words are the message
 * {@value #MESSAGE_PREFIX}{@code <reason>}.
 */
public class InvalidFields extends InvalidInput {

    /** Prefix of the message key of a reason. */
    public static final String MESSAGE_PREFIX = "organization.row.";

    private final transient Map<String, String> reasons;

    protected InvalidFields(String code, Map<String, String> reasons, Object... arguments) {
        super(code, arguments);
        this.reasons = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** Field (column) → the first reason it was refused for, in the order the checks found them. */
    public Map<String, String> reasons() {
        return reasons;
    }
}
