package vn.tinhso.identity.mfa;

import vn.tinhso.shared.InvalidInput;

/** A second-factor request that cannot be served: wrong code, nowhere to send one, already enrolled. 400. */
public class SecondFactorRejected extends InvalidInput {

    public SecondFactorRejected(String reason) {
        super("second-factor-rejected", reason);
    }
}
