package vn.tinhso.printout;

/**
 * The person or organisation that filed the dossier (người nộp hồ sơ).
 *
 * @param name       full name or organisation name
 * @param identifier personal identification number (số định danh cá nhân) or enterprise code; printed and put into
 *                   the QR code, as TT 01/2023/TT-VPCP asks for the applicant's identifier
 * @param address    address; may be absent
 * @param phone      phone number; may be absent
 * @param email      e-mail address; may be absent
 */
public record Applicant(String name, String identifier, String address, String phone, String email) {

    public Applicant {
        name = Required.text(name, "applicant name");
        identifier = Required.text(identifier, "applicant identifier");
        address = Required.optional(address);
        phone = Required.optional(phone);
        email = Required.optional(email);
    }
}
