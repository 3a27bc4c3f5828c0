package vn.tinhso.edxml;

/**
 * An agency in a packet (cơ quan gửi / nhận: {@code From}, {@code To}): its QCVN 102 identifier code
 * ({@code OrganId}, e.g. {@code 000.00.00.H92}) and contact details. Only the code and, for the sender, the name are
 * required.
 */
public record Organization(String organId, String organizationInCharge, String organName, String organAdd,
                           String email, String telephone, String fax, String website) {

    public static Organization of(String organId, String organName) {
        return new Organization(organId, null, organName, null, null, null, null, null);
    }
}
