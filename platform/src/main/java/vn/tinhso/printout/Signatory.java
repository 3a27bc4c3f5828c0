package vn.tinhso.printout;

/**
 * Who signs a notice on behalf of the agency.
 *
 * @param title the title line(s) above the signature, upper case as on official documents ("GIÁM ĐỐC", or
 *              "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC" for a deputy signing on the head's behalf)
 * @param name  the signer's full name
 */
public record Signatory(String title, String name) {

    public Signatory {
        title = Required.text(title, "signatory title");
        name = Required.text(name, "signatory name");
    }
}
