package vn.tinhso.integration.gateway;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/**
 * A refusal or failure of the gateway, answered as problem+json per the LGSP contract (401, 403, 404, 413, 429,
 * 503, 504...). {@code outcome} is what the message log and the metrics record.
 */
public class GatewayProblem extends Problem {

    private final String outcome;
    private final long retryAfterSeconds;

    public GatewayProblem(String code, HttpStatus status, String outcome, Object... arguments) {
        this(code, status, outcome, 0, arguments);
    }

    private GatewayProblem(String code, HttpStatus status, String outcome, long retryAfterSeconds,
            Object[] arguments) {
        super(code, status, arguments);
        this.outcome = outcome;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public String outcome() {
        return outcome;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static GatewayProblem rateLimited(long retryAfterSeconds, Object... arguments) {
        return new GatewayProblem("gateway-rate-limited", HttpStatus.TOO_MANY_REQUESTS, Outcome.REJECTED,
                retryAfterSeconds, arguments);
    }

    static GatewayProblem tooLarge(int limit) {
        return rejected("gateway-payload-too-large", HttpStatus.CONTENT_TOO_LARGE, limit);
    }

    static GatewayProblem rejected(String code, HttpStatus status, Object... arguments) {
        return new GatewayProblem(code, status, Outcome.REJECTED, arguments);
    }

    /** Outcomes as the log and metrics name them. */
    public static final class Outcome {
        public static final String SUCCESS = "SUCCESS";
        public static final String CLIENT_ERROR = "CLIENT_ERROR";
        public static final String PROVIDER_ERROR = "PROVIDER_ERROR";
        public static final String UNAVAILABLE = "UNAVAILABLE";
        public static final String TIMEOUT = "TIMEOUT";
        public static final String REJECTED = "REJECTED";
        public static final String QUEUED = "QUEUED";

        private Outcome() {
        }
    }
}
