package vn.tinhso.simulators.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Maps the simulators' exceptions to problem+json. */
@RestControllerAdvice
class ProblemAdvice {

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid-request", e.getMessage());
    }
}
