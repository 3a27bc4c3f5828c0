package vn.tinhso.files;

import vn.tinhso.shared.InvalidInput;

/** The text given as a file id is not a canonical UUID. */
public class FileIdMalformed extends InvalidInput {

    public FileIdMalformed(String text) {
        super("file-id-malformed", String.valueOf(text));
    }
}
