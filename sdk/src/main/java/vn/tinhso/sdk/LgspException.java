package vn.tinhso.sdk;

/**
 * A call failed. The subclasses say how (the status the gateway answered); every one carries the problem body and
 * the correlation id to quote to the gateway's operators.
 */
public class LgspException extends RuntimeException {

    private final int status;
    private final transient Problem problem;
    private final String correlationId;

    public LgspException(String message, int status, Problem problem, String correlationId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.problem = problem;
        this.correlationId = correlationId;
    }

    /** The HTTP status, or 0 when no answer came (connection failure). */
    public int status() {
        return status;
    }

    public Problem problem() {
        return problem;
    }

    public String correlationId() {
        return correlationId;
    }

    static LgspException of(int status, Problem problem, String correlationId, long retryAfterSeconds) {
        String message = status + (problem.detail() != null ? ": " + problem.detail()
                : problem.title() != null ? ": " + problem.title() : "")
                + (correlationId != null ? " (X-Correlation-Id " + correlationId + ")" : "");
        return switch (status) {
            case 401 -> new Unauthorized(message, problem, correlationId);
            case 403 -> new Forbidden(message, problem, correlationId);
            case 404 -> new NotFound(message, problem, correlationId);
            case 413 -> new PayloadTooLarge(message, problem, correlationId);
            case 429 -> new RateLimited(message, problem, correlationId, retryAfterSeconds);
            case 503 -> new ServiceUnavailable(message, problem, correlationId);
            case 504 -> new GatewayTimeout(message, problem, correlationId);
            default -> status >= 500 ? new ServerError(message, status, problem, correlationId)
                    : new ClientError(message, status, problem, correlationId);
        };
    }

    /** 401: the token was missing, expired or refused even after the SDK fetched a fresh one. */
    public static final class Unauthorized extends LgspException {
        Unauthorized(String message, Problem problem, String correlationId) {
            super(message, 401, problem, correlationId, null);
        }
    }

    /** 403: the consumer is not subscribed to the service, or the token's scope does not name it. */
    public static final class Forbidden extends LgspException {
        Forbidden(String message, Problem problem, String correlationId) {
            super(message, 403, problem, correlationId, null);
        }
    }

    /** 404: unknown or unpublished service, or the provider has no such record. */
    public static final class NotFound extends LgspException {
        NotFound(String message, Problem problem, String correlationId) {
            super(message, 404, problem, correlationId, null);
        }
    }

    /** 413: the request body is over the service's limit. */
    public static final class PayloadTooLarge extends LgspException {
        PayloadTooLarge(String message, Problem problem, String correlationId) {
            super(message, 413, problem, correlationId, null);
        }
    }

    /** 429: over the consumer's quota or rate limit; {@link #retryAfterSeconds()} says when to try again. */
    public static final class RateLimited extends LgspException {
        private final long retryAfterSeconds;

        RateLimited(String message, Problem problem, String correlationId, long retryAfterSeconds) {
            super(message, 429, problem, correlationId, null);
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }
    }

    /** 503: the provider is down or its circuit is open. */
    public static final class ServiceUnavailable extends LgspException {
        ServiceUnavailable(String message, Problem problem, String correlationId) {
            super(message, 503, problem, correlationId, null);
        }
    }

    /** 504: the provider did not answer in time. */
    public static final class GatewayTimeout extends LgspException {
        GatewayTimeout(String message, Problem problem, String correlationId) {
            super(message, 504, problem, correlationId, null);
        }
    }

    /** Another 4xx: the request itself is wrong (400, 409, 422...). */
    public static final class ClientError extends LgspException {
        ClientError(String message, int status, Problem problem, String correlationId) {
            super(message, status, problem, correlationId, null);
        }
    }

    /** Another 5xx from the gateway or the provider. */
    public static final class ServerError extends LgspException {
        ServerError(String message, int status, Problem problem, String correlationId) {
            super(message, status, problem, correlationId, null);
        }
    }

    /** The token endpoint refused the credentials or the scope ({@code error} per RFC 6749 §5.2). */
    public static final class TokenRefused extends LgspException {
        private final String error;

        TokenRefused(int status, String error) {
            super("Token refused: " + error + " (" + status + ")", status,
                    new Problem("about:blank", error, status, null, null, error, null), null, null);
            this.error = error;
        }

        public String error() {
            return error;
        }
    }

    /** No answer: connection refused, reset or timed out, after the retries allowed. */
    public static final class Unreachable extends LgspException {
        Unreachable(String message, String correlationId, Throwable cause) {
            super(message, 0, null, correlationId, cause);
        }
    }
}
