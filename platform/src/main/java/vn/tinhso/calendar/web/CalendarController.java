package vn.tinhso.calendar.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.calendar.Holiday;
import vn.tinhso.calendar.LunarDate;
import vn.tinhso.calendar.NegativeWorkingTime;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.calendar.WorkingTime;

/** Public reads of the working-day calendar: holidays, lunar dates and deadline arithmetic. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Lịch làm việc: ngày nghỉ lễ, âm lịch, tính ngày làm việc")
class CalendarController {

    private final WorkingCalendar calendar;

    CalendarController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record YearOfHolidays(int year, List<Holiday> holidays, List<LocalDate> extraWorkingDays) {
    }

    record LunarAnswer(LocalDate solarDate, int year, int month, int day, boolean leapMonth, String yearName,
            String text) {

        static LunarAnswer of(LocalDate solar, LunarDate lunar) {
            return new LunarAnswer(solar, lunar.year(), lunar.month(), lunar.day(), lunar.leapMonth(),
                    lunar.yearName(), lunar.toString());
        }
    }

    record DayAnswer(LocalDate date, boolean workingDay, Holiday holiday, LunarAnswer lunar) {
    }

    record Deadline(Instant from, Integer days, Integer hours, Instant start, Instant result,
            LocalDateTime resultLocal) {
    }

    record Elapsed(Instant from, Instant to, long workingDays, long hours, long minutes, long totalMinutes) {

        static Elapsed of(Instant from, Instant to, WorkingTime time) {
            return new Elapsed(from, to, time.days(), time.remainder().toHours(), time.remainder().toMinutesPart(),
                    time.total().toMinutes());
        }
    }

    @GetMapping("/holidays")
    @Operation(summary = "Days off of a year (statutory, compensatory, by government decision) and extra working days")
    YearOfHolidays holidays(@RequestParam int year) {
        return new YearOfHolidays(year, calendar.holidays(year), calendar.extraWorkingDays(year));
    }

    @GetMapping("/lunar")
    @Operation(summary = "The lunar date (âm lịch, UTC+7) of a solar date")
    LunarAnswer lunar(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        return LunarAnswer.of(date, calendar.toLunar(date));
    }

    @GetMapping("/days/{date}")
    @Operation(summary = "Whether a day is worked, why not, and its lunar date")
    DayAnswer day(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        Holiday holiday = calendar.holidays(date.getYear()).stream()
                .filter(h -> h.date().equals(date)).findFirst().orElse(null);
        return new DayAnswer(date, calendar.isWorkingDay(date), holiday,
                LunarAnswer.of(date, calendar.toLunar(date)));
    }

    @GetMapping("/working-days/add")
    @Operation(summary = "The moment N working days and/or M working hours after an instant (hạn xử lý, ngày hẹn trả)")
    Deadline add(@RequestParam Instant from, @RequestParam(required = false) Integer days,
            @RequestParam(required = false) Integer hours) {
        if (days == null && hours == null) {
            throw new WorkingTimeMissing();
        }
        if (days != null && days < 0) {
            throw new NegativeWorkingTime("days", days);
        }
        if (hours != null && hours < 0) {
            throw new NegativeWorkingTime("hours", hours);
        }
        Instant start = calendar.nextWorkingMoment(from);
        Instant result = calendar.addWorkingHours(calendar.addWorkingDays(start, days == null ? 0 : days),
                hours == null ? 0 : hours);
        return new Deadline(from, days, hours, start, result,
                LocalDateTime.ofInstant(result, calendar.timeZone()));
    }

    @GetMapping("/working-days/between")
    @Operation(summary = "Working days and working time between two instants")
    Elapsed between(@RequestParam Instant from, @RequestParam Instant to) {
        return Elapsed.of(from, to, calendar.workingTimeBetween(from, to));
    }
}
