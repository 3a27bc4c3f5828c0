package vn.tinhso.shared;

import org.springframework.http.HttpStatus;

/** The request contradicts the current state (a duplicate code, a closed validity period); answered with 409. */
public class Conflict extends Problem {

    public Conflict(String code, Object... arguments) {
        super(code, HttpStatus.CONFLICT, arguments);
    }
}
