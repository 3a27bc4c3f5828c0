package vn.tinhso.printout;

/**
 * One thing to supplement or correct in a dossier.
 *
 * @param item   what is missing or wrong ("Bản sao Giấy chứng sinh")
 * @param reason why it is needed or what is wrong with it
 */
public record Deficiency(String item, String reason) {

    public Deficiency {
        item = Required.text(item, "deficiency");
        reason = Required.text(reason, "deficiency reason");
    }
}
