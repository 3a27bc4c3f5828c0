package vn.tinhso.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The platform clock in integration tests: the real time unless a scenario travels to a moment, then time stands
 * still there until the scenario moves it on. Scenarios put it back with {@link #reset()}.
 */
public final class TestClock extends Clock {

    private final AtomicReference<Instant> fixed = new AtomicReference<>();

    public void travelTo(Instant moment) {
        fixed.set(moment);
    }

    public void advance(Duration duration) {
        fixed.updateAndGet(moment -> (moment == null ? Instant.now() : moment).plus(duration));
    }

    public void reset() {
        fixed.set(null);
    }

    @Override
    public Instant instant() {
        Instant moment = fixed.get();
        return moment == null ? Instant.now() : moment;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("The platform clock is UTC");
    }
}
