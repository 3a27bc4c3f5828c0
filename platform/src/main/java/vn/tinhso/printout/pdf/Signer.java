package vn.tinhso.printout.pdf;

/**
 * One column of the signature block.
 *
 * @param role the capitalised role line(s) ("NGƯỜI NỘP HỒ SƠ"; several lines separated by {@code \n})
 * @param hint the italic instruction under it ("(Ký và ghi rõ họ tên)")
 * @param name the printed name under the signature space; {@code null} to leave it for handwriting
 */
record Signer(String role, String hint, String name) {

    static final String SIGN_AND_NAME = "(Ký và ghi rõ họ tên)";
    static final String SIGN_NAME_AND_SEAL = "(Ký, ghi rõ họ tên và đóng dấu)";
    /** An empty column, to push a single signer to the right as official documents do. */
    static final Signer NOBODY = new Signer("", "", null);
}
