package vn.tinhso.shared;

import org.springframework.http.HttpStatus;

/** Something looked up by its identifier does not exist; answered with 404. */
public class NotFound extends Problem {

    public NotFound(String code, Object... arguments) {
        super(code, HttpStatus.NOT_FOUND, arguments);
    }
}
