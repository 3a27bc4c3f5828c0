package vn.tinhso.edxml;

/**
 * The document number and notation (số, ký hiệu văn bản): {@code CodeNumber} "125" and {@code CodeNotation}
 * "QĐ-UBND" together read "125/QĐ-UBND".
 */
public record DocumentCode(String number, String notation) {

    @Override
    public String toString() {
        return number + "/" + notation;
    }
}
