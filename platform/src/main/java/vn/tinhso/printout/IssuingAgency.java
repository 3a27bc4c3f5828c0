package vn.tinhso.printout;

/**
 * The agency that issues a notice, as printed in the top-left header block of an official form.
 *
 * @param parent the governing body, the "CƠ QUAN CHỦ QUẢN" line ("UBND THÀNH PHỐ CẦN THƠ"); may be absent
 * @param name   the issuing agency itself ("Trung tâm Phục vụ hành chính công phường Sóc Trăng")
 * @param place  the place name of the date line ("Sóc Trăng" in "Sóc Trăng, ngày 23 tháng 11 năm 2026")
 */
public record IssuingAgency(String parent, String name, String place) {

    public IssuingAgency {
        parent = Required.optional(parent);
        name = Required.text(name, "agency name");
        place = Required.text(place, "place");
    }
}
