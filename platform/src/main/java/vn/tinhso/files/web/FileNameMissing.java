package vn.tinhso.files.web;

import vn.tinhso.shared.InvalidInput;

/** A raw-body upload without the {@code X-File-Name} header. */
class FileNameMissing extends InvalidInput {

    FileNameMissing() {
        super("file-name-missing");
    }
}
