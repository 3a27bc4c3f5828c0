package vn.tinhso.workflow;

import vn.tinhso.shared.Conflict;

/** The task is already claimed by another officer. */
public class TaskClaimedByOther extends Conflict {

    public TaskClaimedByOther(String taskId, String assignee) {
        super("workflow-task-claimed-by-other", taskId, assignee);
    }
}
