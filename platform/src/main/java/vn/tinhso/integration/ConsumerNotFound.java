package vn.tinhso.integration;

import vn.tinhso.shared.NotFound;

/** No consumer has this key. */
public class ConsumerNotFound extends NotFound {

    public ConsumerNotFound(String key) {
        super("integration-consumer-not-found", key);
    }
}
