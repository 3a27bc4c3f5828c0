package vn.tinhso.shared;

import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A domain error named as a fact ({@code UnitNotFound}, {@code NegativeWorkingDays}).
 *
 * <p>Each problem carries a stable code; its Vietnamese and English texts live in the message bundles under
 * {@code problem.<code>.title} and {@code problem.<code>.detail}, with {@link #arguments()} filled into the detail.
 * The web layer turns it into an RFC 9457 {@code application/problem+json} response.
 */
public abstract class Problem extends RuntimeException {

    private final String code;
    private final HttpStatus status;
    private final transient Object[] arguments;

    protected Problem(String code, HttpStatus status, Object... arguments) {
        super(code);
        this.code = code;
        this.status = status;
        this.arguments = arguments.clone();
    }

    public String code() {
        return code;
    }

    public HttpStatus status() {
        return status;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** Extra members of the problem document, e.g. the list of bad rows of an import. */
    public Map<String, Object> properties() {
        return Map.of();
    }
}
