package vn.tinhso.files;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** The content went past the size limit; nothing of it was kept. Answered with 413. */
public class FileTooLarge extends Problem {

    public FileTooLarge(long maxBytes) {
        super("file-too-large", HttpStatus.CONTENT_TOO_LARGE, humanSize(maxBytes), maxBytes);
    }

    static String humanSize(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MiB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KiB" : bytes + " B";
    }
}
