package vn.tinhso.web.portal;

import org.springframework.http.HttpStatus;
import vn.tinhso.shared.Problem;

/** The procedure is not offered online (chỉ nộp trực tiếp). */
class NotSubmittableOnline extends Problem {

    NotSubmittableOnline(String code) {
        super("web-not-online", HttpStatus.CONFLICT, code);
    }
}
