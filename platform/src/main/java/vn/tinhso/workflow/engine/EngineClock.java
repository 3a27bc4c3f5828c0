package vn.tinhso.workflow.engine;

import java.time.Clock;
import java.util.Calendar;
import java.util.Date;
import java.util.TimeZone;

/**
 * Flowable's clock reading the platform's {@link Clock}, so task due dates and timers agree with the dossier's
 * deadlines. Setting the time goes through the platform clock, never through the engine.
 */
final class EngineClock implements org.flowable.common.engine.impl.runtime.Clock {

    private final Clock clock;

    EngineClock(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Date getCurrentTime() {
        return Date.from(clock.instant());
    }

    @Override
    public Calendar getCurrentCalendar() {
        return getCurrentCalendar(getCurrentTimeZone());
    }

    @Override
    public Calendar getCurrentCalendar(TimeZone zone) {
        Calendar calendar = Calendar.getInstance(zone);
        calendar.setTime(getCurrentTime());
        return calendar;
    }

    @Override
    public TimeZone getCurrentTimeZone() {
        return TimeZone.getDefault();
    }

    @Override
    public void setCurrentTime(Date time) {
        throw new UnsupportedOperationException("The platform clock is set by the platform, not by the engine");
    }

    @Override
    public void setCurrentCalendar(Calendar calendar) {
        throw new UnsupportedOperationException("The platform clock is set by the platform, not by the engine");
    }

    @Override
    public void reset() {
        // Nothing to reset: the engine always reads the platform clock.
    }
}
