package vn.tinhso.simulators.web;

/** The request breaks a rule of the simulated service; answered as 400 problem+json. */
public class InvalidRequest extends RuntimeException {

    public InvalidRequest(String detail) {
        super(detail);
    }
}
