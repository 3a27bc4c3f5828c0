package vn.tinhso.integration;

import vn.tinhso.shared.NotFound;

/** No subscription has this id. */
public class SubscriptionNotFound extends NotFound {

    public SubscriptionNotFound(long id) {
        super("integration-subscription-not-found", id);
    }
}
