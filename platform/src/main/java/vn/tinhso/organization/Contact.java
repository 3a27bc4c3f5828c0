package vn.tinhso.organization;

/** Thông tin liên hệ of an agency; every part optional. */
public record Contact(String address, String phone, String email, String website) {

    public static final Contact NONE = new Contact(null, null, null, null);
}
