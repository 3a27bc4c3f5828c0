package vn.tinhso.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import vn.tinhso.calendar.Holiday;

/**
 * The days off and the extra working days of one year: everything needed to say whether a day is worked.
 * Immutable, so computed years can be cached and shared between threads.
 */
public record YearCalendar(int year, NavigableMap<LocalDate, Holiday> daysOff, Set<LocalDate> extraWorkingDays,
        Set<DayOfWeek> workingWeekdays) {

    public YearCalendar {
        daysOff = Collections.unmodifiableNavigableMap(new TreeMap<>(daysOff));
        extraWorkingDays = Set.copyOf(extraWorkingDays);
        workingWeekdays = Set.copyOf(workingWeekdays);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (extraWorkingDays.contains(date)) {
            return true;
        }
        return workingWeekdays.contains(date.getDayOfWeek()) && !daysOff.containsKey(date);
    }

    public List<Holiday> holidays() {
        return List.copyOf(daysOff.values());
    }

    public List<LocalDate> extraWorkingDaysInOrder() {
        return extraWorkingDays.stream().sorted().toList();
    }
}
