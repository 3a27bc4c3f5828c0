package vn.tinhso.workflow;

import vn.tinhso.shared.NotFound;

/** No open task (bước xử lý) with this id. */
public class TaskNotFound extends NotFound {

    public TaskNotFound(String taskId) {
        super("workflow-task-not-found", taskId);
    }
}
