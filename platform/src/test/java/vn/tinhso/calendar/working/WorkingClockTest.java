package vn.tinhso.calendar.working;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.tinhso.calendar.working.TestClock.at;
import static vn.tinhso.calendar.working.TestClock.local;

import java.time.Duration;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import vn.tinhso.calendar.DateOutOfRange;
import vn.tinhso.calendar.EndBeforeStart;
import vn.tinhso.calendar.rules.DayOverride;
import vn.tinhso.calendar.rules.TestRules;

class WorkingClockTest {

    private final WorkingClock clock = TestClock.withOverrides(
            TestRules.override("2026-01-02", DayOverride.Kind.DAY_OFF, "Nghỉ Tết Dương lịch (hoán đổi)"),
            TestRules.override("2026-01-10", DayOverride.Kind.WORKING_DAY, "Làm bù cho ngày 02/01/2026"));

    @Test
    void threeWorkingDaysFromTheThursdayBeforeTet2026EndOnTheTuesdayAfter() {
        // Thu 12/02 10:00 → Fri 13/02 (1); Sat 14 – Sun 22/02 is Tết with its weekends; Mon 23 (2); Tue 24 (3).
        assertThat(local(clock.plusDays(at("2026-02-12T10:00"), 3))).isEqualTo("2026-02-24T10:00");
    }

    @Test
    void reunificationAndLabourDayAreSkipped() {
        // 2026: Thu 30/04 and Fri 01/05 are holidays; Wed 29/04 + 1 working day is Mon 04/05.
        assertThat(local(clock.plusDays(at("2026-04-29T14:00"), 1))).isEqualTo("2026-05-04T14:00");
    }

    @Test
    void aCompensatoryDayIsSkipped() {
        // Giỗ Tổ 2026 falls on Sunday 26/04, so Monday 27/04 is off: Friday + 1 working day is Tuesday.
        assertThat(local(clock.plusDays(at("2026-04-24T09:00"), 1))).isEqualTo("2026-04-28T09:00");
    }

    @Test
    void aSwappedWorkingSaturdayCounts() {
        // Fri 09/01/2026 + 1 working day is Sat 10/01, the make-up day for Fri 02/01.
        assertThat(local(clock.plusDays(at("2026-01-09T08:00"), 1))).isEqualTo("2026-01-10T08:00");
        // And Wed 31/12/2025 + 1 skips Thu 01/01 and the swapped Fri 02/01.
        assertThat(local(clock.plusDays(at("2025-12-31T08:00"), 1))).isEqualTo("2026-01-05T08:00");
    }

    @Test
    void aStartOutsideWorkingTimeWaitsForTheNextWorkingMoment() {
        assertThat(local(clock.nextWorkingMoment(at("2026-03-07T10:00")))).isEqualTo("2026-03-09T07:30");
        assertThat(local(clock.nextWorkingMoment(at("2026-03-09T06:00")))).isEqualTo("2026-03-09T07:30");
        assertThat(local(clock.nextWorkingMoment(at("2026-03-09T12:00")))).isEqualTo("2026-03-09T13:30");
        assertThat(local(clock.nextWorkingMoment(at("2026-03-09T17:30")))).isEqualTo("2026-03-10T07:30");
        // The ends of a session are working moments: a dossier received at 17:00 sharp is received that day.
        assertThat(local(clock.nextWorkingMoment(at("2026-03-09T17:00")))).isEqualTo("2026-03-09T17:00");
        // Received on Saturday, two working days: Tuesday at opening time.
        assertThat(local(clock.plusDays(at("2026-03-07T10:00"), 2))).isEqualTo("2026-03-11T07:30");
    }

    @Test
    void eightWorkingHoursRunOverTheLunchBreakAndTheNight() {
        // 13:30 + 8 h: 3.5 h today, 4 h tomorrow morning, 0.5 h after lunch.
        assertThat(local(clock.plus(at("2026-03-09T13:30"), Duration.ofHours(8)))).isEqualTo("2026-03-10T14:00");
        // 07:30 + 4 h ends at the end of the morning session, not after lunch.
        assertThat(local(clock.plus(at("2026-03-09T07:30"), Duration.ofHours(4)))).isEqualTo("2026-03-09T11:30");
        // Friday 16:00 + 2 h: Monday 08:30.
        assertThat(local(clock.plus(at("2026-03-13T16:00"), Duration.ofHours(2)))).isEqualTo("2026-03-16T08:30");
    }

    @Test
    void workingTimeBetweenCountsOnlySessionsOfWorkingDays() {
        // Thu 12/02/2026 10:00 → Tue 24/02 10:00 is three working days over Tết.
        assertThat(clock.between(at("2026-02-12T10:00"), at("2026-02-24T10:00")))
                .isEqualTo(clock.workingDayLength().multipliedBy(3));
        assertThat(clock.between(at("2026-03-09T11:00"), at("2026-03-09T14:00"))).isEqualTo(Duration.ofMinutes(60));
        assertThat(clock.between(at("2026-03-07T00:00"), at("2026-03-08T23:59"))).isZero();
        assertThat(clock.workingDayLength()).isEqualTo(Duration.ofMinutes(450));
    }

    @Test
    void refusesAnEndBeforeTheStartAndDatesBeyond2100() {
        assertThatThrownBy(() -> clock.between(at("2026-03-09T11:00"), at("2026-03-09T10:00")))
                .isInstanceOf(EndBeforeStart.class);
        assertThatThrownBy(() -> clock.plusDays(at("2100-12-30T08:00"), 5)).isInstanceOf(DateOutOfRange.class);
    }

    @Test
    void zeroWorkingTimeLeavesAWorkingMomentAlone() {
        LocalDateTime moment = LocalDateTime.parse("2026-03-09T15:45:12");
        assertThat(local(clock.plusDays(TestClock.at(moment.toString()), 0))).isEqualTo(moment);
        assertThat(local(clock.plus(TestClock.at(moment.toString()), Duration.ZERO))).isEqualTo(moment);
    }
}
