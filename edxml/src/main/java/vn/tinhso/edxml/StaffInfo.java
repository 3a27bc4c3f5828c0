package vn.tinhso.edxml;

/** The officer handling a packet (cán bộ xử lý): department, name, mobile and e-mail. */
public record StaffInfo(String department, String staff, String mobile, String email) {
}
