package vn.tinhso.shared;

import org.springframework.http.HttpStatus;

/** Input that breaks a rule of the domain (a date out of range, a negative count); answered with 400. */
public class InvalidInput extends Problem {

    public InvalidInput(String code, Object... arguments) {
        super(code, HttpStatus.BAD_REQUEST, arguments);
    }
}
