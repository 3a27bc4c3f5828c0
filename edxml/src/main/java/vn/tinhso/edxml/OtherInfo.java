package vn.tinhso.edxml;

import java.util.List;

/**
 * Further document attributes (thông tin khác): priority (độ khẩn, 0 normal to 4), sphere of promulgation (phạm vi
 * ban hành), typist notation (ký hiệu người đánh máy), number of copies, number of pages and the appendix titles.
 */
public record OtherInfo(int priority, String sphereOfPromulgation, String typerNotation, int promulgationAmount,
                        int pageAmount, List<String> appendixes) {

    public OtherInfo {
        appendixes = appendixes == null ? List.of() : List.copyOf(appendixes);
    }
}
