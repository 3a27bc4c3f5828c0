package vn.tinhso.files;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/**
 * The configured virus scanner could not be asked; the file is refused rather than stored unscanned (fail closed).
 * Answered with 503: the uploader may retry.
 */
public class FileScanUnavailable extends Problem {

    public FileScanUnavailable(Throwable cause) {
        super("file-scan-unavailable", HttpStatus.SERVICE_UNAVAILABLE);
        initCause(cause);
    }
}
