package vn.tinhso.printout.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class VietnameseDatesTest {

    @Test
    void padsDaysBelowTenAndTheFirstTwoMonthsOnly() {
        assertThat(VietnameseDates.words(LocalDate.of(2026, 2, 5))).isEqualTo("ngày 05 tháng 02 năm 2026");
        assertThat(VietnameseDates.words(LocalDate.of(2026, 3, 9))).isEqualTo("ngày 09 tháng 3 năm 2026");
        assertThat(VietnameseDates.words(LocalDate.of(2026, 11, 23))).isEqualTo("ngày 23 tháng 11 năm 2026");
    }

    @Test
    void printsTimesInVietnamWhateverZoneTheyArriveIn() {
        ZonedDateTime utc = ZonedDateTime.of(2026, 11, 23, 19, 5, 0, 0, ZoneOffset.UTC);

        assertThat(VietnameseDates.timeAndDate(utc)).isEqualTo("02 giờ 05 phút, ngày 24 tháng 11 năm 2026");
    }

    @Test
    void writesThePlaceBeforeTheDate() {
        assertThat(VietnameseDates.placeAndDate("Sóc Trăng", LocalDate.of(2026, 11, 23)))
                .isEqualTo("Sóc Trăng, ngày 23 tháng 11 năm 2026");
    }
}
