package vn.tinhso.printout.pdf;

import java.time.LocalDate;

/**
 * A circular that prescribes the forms, and the days it governs them.
 *
 * @param citation  how a form cites it ("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ")
 * @param from      first day in force
 * @param until     last day in force; {@code null} while in force
 */
record Edition(String citation, LocalDate from, LocalDate until) {

    boolean inForceOn(LocalDate day) {
        return !day.isBefore(from) && (until == null || !day.isAfter(until));
    }
}
