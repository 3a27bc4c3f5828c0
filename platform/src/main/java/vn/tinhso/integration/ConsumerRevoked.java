package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** The consumer was revoked; it cannot be changed any more. */
public class ConsumerRevoked extends Conflict {

    public ConsumerRevoked(String key) {
        super("integration-consumer-revoked", key);
    }
}
