package vn.tinhso.files;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** The virus scanner found malware (mã độc) in the content; nothing was kept. Answered with 422. */
public class FileRejectedByScanner extends Problem {

    public FileRejectedByScanner(String name, String signature) {
        super("file-rejected-by-scanner", HttpStatus.UNPROCESSABLE_CONTENT, name, signature);
    }
}
