package vn.tinhso.edxml;

/**
 * Who signed (người ký): signing competence (thẩm quyền ký: "TM.", "KT.", "TL." or empty when signing directly),
 * position (chức vụ) and full name.
 */
public record SignerInfo(String competence, String position, String fullName) {
}
