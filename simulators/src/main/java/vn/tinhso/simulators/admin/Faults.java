package vn.tinhso.simulators.admin;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The faults in force, by target (the first path segment: {@code population}, {@code vnpost}, {@code oauth2}...). */
@Component
public class Faults {

    private final Map<String, Fault> active = new ConcurrentHashMap<>();

    public void set(String target, Fault fault) {
        active.put(target, fault);
    }

    public void clear(String target) {
        active.remove(target);
    }

    public void clearAll() {
        active.clear();
    }

    public Map<String, Fault> active() {
        return new TreeMap<>(active);
    }

    /** The fault that applies to this call, counting down a {@code FAIL_NEXT} fault as it is used. */
    Optional<Fault> take(String target) {
        Fault[] taken = new Fault[1];
        active.computeIfPresent(target, (k, f) -> {
            taken[0] = f;
            if (f.mode() == Fault.Mode.FAIL_NEXT) {
                return f.count() == null || f.count() <= 1 ? null : new Fault(f.mode(), f.delayMs(), f.count() - 1);
            }
            return f;
        });
        return Optional.ofNullable(taken[0]);
    }
}
