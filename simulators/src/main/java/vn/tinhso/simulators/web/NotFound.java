package vn.tinhso.simulators.web;

/** The record asked for does not exist in the simulated database; answered as 404 problem+json. */
public class NotFound extends RuntimeException {

    public NotFound(String detail) {
        super(detail);
    }
}
