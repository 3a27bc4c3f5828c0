package vn.tinhso.files;

import vn.tinhso.shared.NotFound;

/**
 * No such file — or one the caller may not read: both answer the same, so ids of other citizens' files cannot be
 * probed.
 */
public class FileNotFound extends NotFound {

    public FileNotFound(FileId id) {
        super("file-not-found", id.toString());
    }
}
