package vn.tinhso.calendar.working;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import vn.tinhso.calendar.rules.DayOverride;
import vn.tinhso.calendar.rules.TestRules;

class WorkingClockProperties {

    private final WorkingClock clock = TestClock.withOverrides(
            TestRules.override("2026-01-02", DayOverride.Kind.DAY_OFF, "Nghỉ Tết Dương lịch (hoán đổi)"),
            TestRules.override("2026-01-10", DayOverride.Kind.WORKING_DAY, "Làm bù cho ngày 02/01/2026"));

    @Property
    void theResultIsAWorkingMoment(@ForAll("instants") Instant from, @ForAll @IntRange(max = 400) int days,
            @ForAll @IntRange(max = 100) int hours) {
        assertThat(isWorkingMoment(clock.plusDays(from, days))).isTrue();
        assertThat(isWorkingMoment(clock.plus(from, Duration.ofHours(hours)))).isTrue();
    }

    @Property
    void moreWorkingTimeNeverEndsEarlier(@ForAll("instants") Instant from, @ForAll @IntRange(max = 300) int days,
            @ForAll @IntRange(max = 5) int more, @ForAll @IntRange(max = 3000) int minutes) {
        assertThat(clock.plusDays(from, days + more)).isAfterOrEqualTo(clock.plusDays(from, days));
        assertThat(clock.plus(from, Duration.ofMinutes(minutes + more)))
                .isAfterOrEqualTo(clock.plus(from, Duration.ofMinutes(minutes)));
    }

    @Property
    void addingInTwoStepsIsAddingTheSum(@ForAll("instants") Instant anyStart, @ForAll @IntRange(max = 200) int a,
            @ForAll @IntRange(max = 200) int b, @ForAll @IntRange(max = 2000) int m, @ForAll @IntRange(max = 2000) int n) {
        Instant start = clock.nextWorkingMoment(anyStart);

        assertThat(clock.plusDays(clock.plusDays(start, a), b)).isEqualTo(clock.plusDays(start, a + b));
        assertThat(clock.plus(clock.plus(start, Duration.ofMinutes(m)), Duration.ofMinutes(n)))
                .isEqualTo(clock.plus(start, Duration.ofMinutes(m + n)));
    }

    @Property
    void theTimeBetweenAStartAndNWorkingDaysLaterIsNWorkingDays(@ForAll("instants") Instant anyStart,
            @ForAll @IntRange(max = 400) int days, @ForAll @IntRange(max = 3000) int minutes) {
        Instant start = clock.nextWorkingMoment(anyStart);

        assertThat(clock.between(start, clock.plusDays(start, days)))
                .isEqualTo(clock.workingDayLength().multipliedBy(days));
        assertThat(clock.between(start, clock.plus(start, Duration.ofMinutes(minutes))))
                .isEqualTo(Duration.ofMinutes(minutes));
    }

    @Property
    void addingNothingToAWorkingMomentReturnsIt(@ForAll("instants") Instant anyStart) {
        Instant start = clock.nextWorkingMoment(anyStart);

        assertThat(clock.plusDays(start, 0)).isEqualTo(start);
        assertThat(clock.plus(start, Duration.ZERO)).isEqualTo(start);
        assertThat(clock.nextWorkingMoment(start)).isEqualTo(start);
    }

    @Provide
    Arbitrary<Instant> instants() {
        Instant first = TestClock.at("2021-01-01T00:00");
        Instant last = TestClock.at("2029-12-31T23:59");
        return Arbitraries.longs().between(first.getEpochSecond(), last.getEpochSecond()).map(Instant::ofEpochSecond);
    }

    private boolean isWorkingMoment(Instant instant) {
        LocalDateTime local = TestClock.local(instant);
        LocalTime time = local.toLocalTime();
        boolean inSession = TestClock.SESSIONS.stream()
                .anyMatch(s -> !time.isBefore(s.start()) && !time.isAfter(s.end()));
        return inSession && isWorkingDay(local);
    }

    private boolean isWorkingDay(LocalDateTime local) {
        // A day is worked if the clock can count time in it.
        Instant open = TestClock.at(local.toLocalDate() + "T00:00");
        Instant close = TestClock.at(local.toLocalDate() + "T23:59");
        return clock.between(open, close).compareTo(Duration.ZERO) > 0;
    }
}
