package vn.tinhso.edxml;

import java.time.LocalDate;

/** Where and when the document was issued (địa danh, ngày ban hành). */
public record PromulgationInfo(String place, LocalDate date) {
}
