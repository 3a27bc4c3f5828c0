package vn.tinhso.workflow;

import vn.tinhso.shared.InvalidInput;

/** Returning a dossier to an earlier step needs the reason. */
public class ReturnReasonRequired extends InvalidInput {

    public ReturnReasonRequired(String taskId) {
        super("workflow-return-reason-required", taskId);
    }
}
