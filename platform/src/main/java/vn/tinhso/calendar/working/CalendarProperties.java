package vn.tinhso.calendar.working;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Working hours of the province's offices (giờ làm việc hành chính).
 *
 * @param timeZone        where the offices are; deadlines are counted on its wall clock
 * @param workingHours    the sessions of a working day as {@code HH:mm-HH:mm}, in order, not overlapping
 * @param workingWeekdays the days of an ordinary working week; the others are weekly rest days (ngày nghỉ hằng tuần)
 */
@ConfigurationProperties("tinhso.calendar")
record CalendarProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId timeZone,
        @DefaultValue({"07:30-11:30", "13:30-17:00"}) List<String> workingHours,
        @DefaultValue({"MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"}) Set<DayOfWeek> workingWeekdays) {

    /** One working session of a day, both ends included. */
    record Session(LocalTime start, LocalTime end) {
    }

    /** The sessions, checked: a misconfigured day must stop the start-up, not skew every deadline. */
    List<Session> sessions() {
        List<Session> sessions = new ArrayList<>();
        for (String text : workingHours) {
            String[] ends = text.strip().split("-");
            if (ends.length != 2) {
                throw new IllegalStateException("tinhso.calendar.working-hours: expected HH:mm-HH:mm, got " + text);
            }
            Session session = new Session(LocalTime.parse(ends[0].strip()), LocalTime.parse(ends[1].strip()));
            if (!session.start().isBefore(session.end())
                    || (!sessions.isEmpty() && !sessions.getLast().end().isBefore(session.start()))) {
                throw new IllegalStateException("tinhso.calendar.working-hours: sessions must be ordered and apart: "
                        + workingHours);
            }
            sessions.add(session);
        }
        if (sessions.isEmpty() || workingWeekdays.isEmpty()) {
            throw new IllegalStateException("tinhso.calendar: a working week needs working hours and weekdays");
        }
        return List.copyOf(sessions);
    }
}
