package vn.tinhso.shared;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * The correlation id of the work in progress: taken from the {@code X-Correlation-Id} request header or made up
 * at the edge, kept in the logging context, written into every audit row and every problem response so one
 * citizen's complaint can be traced through the logs.
 */
public final class Correlation {

    public static final String HEADER = "X-Correlation-Id";
    static final String MDC_KEY = "correlationId";
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private Correlation() {
    }

    /** The current id, or a fresh one for work that did not start from a request (jobs, commands). */
    public static String currentId() {
        String id = MDC.get(MDC_KEY);
        return id != null ? id : newId();
    }

    /**
     * A fresh random (version 4) UUID. Correlation ids must be unique, not unguessable, so they come from
     * {@link ThreadLocalRandom}: {@code UUID.randomUUID()} serialises every request on one SecureRandom lock, which
     * showed in the gateway benchmark as most request threads blocked there.
     */
    public static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(most, least).toString();
    }

    /**
     * The caller's id if it cannot smuggle anything into logs or headers, otherwise a fresh one — for every server
     * that receives requests (the servlet filter, the gateway's data plane).
     */
    public static String acceptOrNew(String offered) {
        return offered != null && SAFE_ID.matcher(offered).matches() ? offered : newId();
    }

    /** Binds {@code id} to this thread until the returned scope is closed. */
    public static Scope begin(String id) {
        String previous = MDC.get(MDC_KEY);
        MDC.put(MDC_KEY, id);
        return () -> {
            if (previous == null) {
                MDC.remove(MDC_KEY);
            } else {
                MDC.put(MDC_KEY, previous);
            }
        };
    }

    /** Restores the previous correlation id when closed. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
