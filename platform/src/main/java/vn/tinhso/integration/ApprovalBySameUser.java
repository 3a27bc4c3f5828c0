package vn.tinhso.integration;

import vn.tinhso.shared.Conflict;

/** Four eyes: whoever asked for a change may not approve it too. */
public class ApprovalBySameUser extends Conflict {

    public ApprovalBySameUser(String user) {
        super("integration-approval-by-requester", user);
    }
}
