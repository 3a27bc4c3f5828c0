package vn.tinhso.files;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** The bytes are of a media type the policy does not allow, whatever the name claimed. Answered with 415. */
public class FileTypeNotAllowed extends Problem {

    public FileTypeNotAllowed(String name, String detectedType) {
        super("file-type-not-allowed", HttpStatus.UNSUPPORTED_MEDIA_TYPE, name, detectedType);
    }
}
