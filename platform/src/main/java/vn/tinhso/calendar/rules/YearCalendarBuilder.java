package vn.tinhso.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import vn.tinhso.calendar.Holiday;
import vn.tinhso.calendar.lunar.LunarCalendar;

/**
 * Works out one year in three steps: the statutory holidays the rules give, a compensatory day for each of them that
 * falls on a weekly rest day (Art. 111 cl. 3 BLLĐ 2019: "được nghỉ bù vào ngày làm việc kế tiếp"), and finally the
 * government's overrides, which win over both.
 */
public final class YearCalendarBuilder {

    private final Set<DayOfWeek> workingWeekdays;
    private final LunarCalendar lunar;

    public YearCalendarBuilder(Set<DayOfWeek> workingWeekdays, LunarCalendar lunar) {
        this.workingWeekdays = Set.copyOf(workingWeekdays);
        this.lunar = lunar;
    }

    public YearCalendar build(int year, List<HolidayRule> rules, List<DayOverride> overrides) {
        TreeMap<LocalDate, Holiday> daysOff = statutory(year, rules);
        Set<LocalDate> decidedDaysOff = new HashSet<>();
        overrides.stream().filter(o -> o.kind() == DayOverride.Kind.DAY_OFF).forEach(o -> decidedDaysOff.add(o.date()));
        addCompensatoryDays(year, rules, daysOff, decidedDaysOff);
        Set<LocalDate> extraWorkingDays = new HashSet<>();
        for (DayOverride override : overrides) {
            if (override.kind() == DayOverride.Kind.DAY_OFF) {
                daysOff.put(override.date(), new Holiday(override.date(), override.nameVi(), override.nameEn(),
                        Holiday.Kind.GOVERNMENT_DECISION, override.reference(), override.note()));
            } else {
                daysOff.remove(override.date());
                if (!workingWeekdays.contains(override.date().getDayOfWeek())) {
                    extraWorkingDays.add(override.date());
                }
            }
        }
        return new YearCalendar(year, daysOff, extraWorkingDays, workingWeekdays);
    }

    private TreeMap<LocalDate, Holiday> statutory(int year, List<HolidayRule> rules) {
        TreeMap<LocalDate, Holiday> days = new TreeMap<>();
        for (HolidayRule rule : rules) {
            for (LocalDate day : rule.daysIn(year, lunar)) {
                days.putIfAbsent(day, new Holiday(day, rule.nameVi(), rule.nameEn(), Holiday.Kind.STATUTORY,
                        rule.legalBasis(), rule.note()));
            }
        }
        return days;
    }

    /** In date order, so that two holidays on one weekend get Monday and Tuesday. */
    private void addCompensatoryDays(int year, List<HolidayRule> rules, TreeMap<LocalDate, Holiday> daysOff,
            Set<LocalDate> decidedDaysOff) {
        for (Holiday holiday : List.copyOf(daysOff.values())) {
            if (workingWeekdays.contains(holiday.date().getDayOfWeek())) {
                continue;
            }
            HolidayRule rule = ruleFor(year, holiday.date(), rules);
            if (rule == null || rule.compensationBasis() == null) {
                continue;
            }
            LocalDate next = holiday.date().plusDays(1);
            while (!workingWeekdays.contains(next.getDayOfWeek()) || daysOff.containsKey(next)
                    || decidedDaysOff.contains(next)) {
                next = next.plusDays(1);
            }
            daysOff.put(next, new Holiday(next, "Nghỉ bù " + holiday.nameVi(),
                    "Compensatory day for " + holiday.nameEn(), Holiday.Kind.COMPENSATORY, rule.compensationBasis(),
                    "Bù cho ngày " + holiday.date() + " trùng ngày nghỉ hằng tuần"));
        }
    }

    private HolidayRule ruleFor(int year, LocalDate day, List<HolidayRule> rules) {
        return rules.stream().filter(rule -> rule.daysIn(year, lunar).contains(day)).findFirst().orElse(null);
    }
}
