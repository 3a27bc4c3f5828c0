package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** The consumer already asked for this service. */
public class SubscriptionExists extends Conflict {

    public SubscriptionExists(String key, String service) {
        super("integration-subscription-exists", key, service);
    }
}
