package vn.tinhso.calendar.lunar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import vn.tinhso.calendar.LunarDate;

class LunarCalendarProperties {

    private final LunarCalendar vietnam = LunarCalendar.VIETNAM;

    @Property(tries = 2000)
    void solarToLunarToSolarIsTheSameDay(@ForAll("supportedDates") LocalDate date) {
        assertThat(vietnam.toSolar(vietnam.toLunar(date))).isEqualTo(date);
    }

    @Property(tries = 2000)
    void theLunarDayIsBetween1And30(@ForAll("supportedDates") LocalDate date) {
        assertThat(vietnam.toLunar(date).day()).isBetween(1, 30);
        assertThat(vietnam.toLunar(date).month()).isBetween(1, 12);
    }

    @Property(tries = 2000)
    void theNextDayIsTheNextLunarDayOrTheFirstOfANewMonth(@ForAll("supportedDates") LocalDate date) {
        LunarDate today = vietnam.toLunar(date);
        LunarDate tomorrow = vietnam.toLunar(date.plusDays(1));

        if (tomorrow.day() == 1) {
            assertThat(today.day()).isIn(29, 30);
            assertThat(tomorrow).isNotEqualTo(today);
        } else {
            assertThat(tomorrow).isEqualTo(new LunarDate(today.year(), today.month(), today.day() + 1,
                    today.leapMonth()));
        }
    }

    @Provide
    Arbitrary<LocalDate> supportedDates() {
        // Up to 2100-12-30 so that "the next day" is still in range.
        return Arbitraries.longs().between(LocalDate.of(1900, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 30).toEpochDay())
                .map(LocalDate::ofEpochDay);
    }
}
