package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** The lifecycle does not lead from the service's status to the requested one. */
public class LifecycleTransitionNotAllowed extends Conflict {

    public LifecycleTransitionNotAllowed(String code, Object from, Object to) {
        super("integration-transition-not-allowed", code, from, to);
    }
}
