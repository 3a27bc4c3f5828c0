package vn.tinhso.web.portal;

/** An agency to choose on a page: its QCVN 102 code and name. */
public record AgencyChoice(String code, String name) {
}
