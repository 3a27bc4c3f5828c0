package vn.tinhso.printout.pdf;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import vn.tinhso.printout.Notice;

/**
 * Dates as Vietnamese official documents write them. Decree 30/2020/NĐ-CP, Annex I: days below 10 and the months
 * January and February take a leading zero ("ngày 05 tháng 02 năm 2026", but "tháng 3") — so a handwritten digit
 * cannot be added in front afterwards.
 */
final class VietnameseDates {

    private VietnameseDates() {
    }

    /** "ngày 23 tháng 11 năm 2026". */
    static String words(LocalDate date) {
        return "ngày " + twoDigits(date.getDayOfMonth()) + " tháng " + month(date.getMonthValue())
                + " năm " + date.getYear();
    }

    /** "Sóc Trăng, ngày 23 tháng 11 năm 2026". */
    static String placeAndDate(String place, LocalDate date) {
        return place + ", " + words(date);
    }

    /** "14 giờ 30 phút, ngày 23 tháng 11 năm 2026", in Vietnam's time zone whatever zone the timestamp carries. */
    static String timeAndDate(ZonedDateTime moment) {
        ZonedDateTime local = moment.withZoneSameInstant(Notice.VIETNAM);
        return twoDigits(local.getHour()) + " giờ " + twoDigits(local.getMinute()) + " phút, "
                + words(local.toLocalDate());
    }

    /** "23/11/2026", for table cells. */
    static String numeric(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "/" + twoDigits(date.getMonthValue()) + "/" + date.getYear();
    }

    private static String month(int month) {
        return month <= 2 ? twoDigits(month) : Integer.toString(month);
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
