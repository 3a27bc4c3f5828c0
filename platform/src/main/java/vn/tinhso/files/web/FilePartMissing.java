package vn.tinhso.files.web;

import vn.tinhso.shared.InvalidInput;

/** A multipart/form-data upload without a {@code file} field. */
class FilePartMissing extends InvalidInput {

    FilePartMissing() {
        super("file-part-missing");
    }
}
