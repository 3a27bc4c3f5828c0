package vn.tinhso.files;

import vn.tinhso.shared.InvalidInput;

/** The upload had no content at all. */
public class FileEmpty extends InvalidInput {

    public FileEmpty(String name) {
        super("file-empty", name);
    }
}
