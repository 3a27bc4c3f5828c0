package vn.tinhso.printout;

/**
 * One document of the dossier as listed on the receipt slip (thành phần hồ sơ).
 *
 * @param name      the document's name
 * @param originals number of originals (bản chính)
 * @param copies    number of copies (bản sao)
 */
public record ReceivedDocument(String name, int originals, int copies) {

    public ReceivedDocument {
        name = Required.text(name, "document name");
        if (originals < 0 || copies < 0) {
            throw new IllegalArgumentException("document counts cannot be negative");
        }
    }
}
