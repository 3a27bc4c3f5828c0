package vn.tinhso.printout;

import java.util.List;
import java.util.Objects;

/** Null checks for the notice records: a printed form with a blank mandatory line is worse than no form. */
final class Required {

    private Required() {
    }

    static <T> T present(T value, String name) {
        return Objects.requireNonNull(value, () -> name + " is required on a printed notice");
    }

    static String text(String value, String name) {
        if (present(value, name).isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank on a printed notice");
        }
        return value.strip();
    }

    /** An optional line: blank becomes absent, so the form leaves it out. */
    static String optional(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(present(values, name));
    }
}
