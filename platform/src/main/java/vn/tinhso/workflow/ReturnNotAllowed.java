package vn.tinhso.workflow;

import vn.tinhso.shared.InvalidInput;

/** Only the leader's approval step can send a dossier back. */
public class ReturnNotAllowed extends InvalidInput {

    public ReturnNotAllowed(String taskId) {
        super("workflow-return-not-allowed", taskId);
    }
}
