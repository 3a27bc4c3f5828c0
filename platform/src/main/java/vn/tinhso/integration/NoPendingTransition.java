package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** Nothing waits for approval on this service. */
public class NoPendingTransition extends Conflict {

    public NoPendingTransition(String code) {
        super("integration-no-pending-transition", code);
    }
}
