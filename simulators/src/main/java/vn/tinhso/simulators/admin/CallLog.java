package vn.tinhso.simulators.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.springframework.stereotype.Component;

/**
 * The calls that reached a simulated service (after the token check and any injected fault), newest last, at most
 * 10,000: a gateway test counts them to prove a queued message was delivered exactly once.
 */
@Component
public class CallLog {

    /** One call as the service saw it. */
    public record Call(String target, String method, String path, String idempotencyKey, String correlationId,
                       String dossierCode, Instant at) {
    }

    private static final int LIMIT = 10_000;

    private final ConcurrentLinkedDeque<Call> calls = new ConcurrentLinkedDeque<>();

    void record(Call call) {
        calls.addLast(call);
        while (calls.size() > LIMIT) {
            calls.pollFirst();
        }
    }

    public List<Call> calls(String target) {
        List<Call> matching = new ArrayList<>();
        for (Call c : calls) {
            if (target == null || c.target().equals(target)) {
                matching.add(c);
            }
        }
        return matching;
    }

    void clear() {
        calls.clear();
    }
}
