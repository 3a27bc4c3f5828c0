package vn.tinhso.edxml;

import java.util.Arrays;

/**
 * Processing states a recipient reports back (trạng thái xử lý văn bản), with their two-digit wire codes as used on
 * the national document axis (trục liên thông văn bản quốc gia).
 */
public enum StatusCode {
    ARRIVED("01", "Đã đến"),
    REJECTED("02", "Từ chối tiếp nhận"),
    RECEIVED("03", "Đã tiếp nhận"),
    ASSIGNED("04", "Phân công"),
    PROCESSING("05", "Đang xử lý"),
    COMPLETED("06", "Hoàn thành"),
    RECALL_REQUESTED("13", "Lấy lại"),
    RECALL_OR_UPDATE_ACCEPTED("15", "Đồng ý cập nhật hoặc lấy lại"),
    RECALL_OR_UPDATE_REFUSED("16", "Từ chối cập nhật hoặc lấy lại");

    private final String code;
    private final String vietnamese;

    StatusCode(String code, String vietnamese) {
        this.code = code;
        this.vietnamese = vietnamese;
    }

    public String code() {
        return code;
    }

    public String vietnamese() {
        return vietnamese;
    }

    /** The status with this wire code, or {@code null} when the code is not one of the known states. */
    public static StatusCode fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst().orElse(null);
    }
}
