package vn.tinhso.workflow;

import java.util.List;

/**
 * The workflow's use cases for officers: the tasks (bước xử lý) waiting for them, claiming one, completing it with a
 * decision, the process of a dossier, and a province's own BPMN for a procedure.
 */
public interface Workflows {

    /**
     * Open tasks.
     *
     * @param mine  only those claimed by the signed-in officer
     * @param group only those offered to this unit type (candidate group) and not yet claimed, or {@code null}
     */
    default List<TaskView> tasks(boolean mine, String group) {
        return tasks(new TaskFilter(mine, group, null, null, null, null));
    }

    /** Open tasks, filtered: soonest due first. */
    List<TaskView> tasks(TaskFilter filter);

    /**
     * Việc chờ nhận: open tasks nobody has claimed yet, of dossiers the signed-in officer's units hold, soonest due
     * first, at most {@code limit}.
     */
    List<TaskView> waitingTasks(int limit);

    /** Takes a task (nhận xử lý); the first claim of a dossier starts its processing. */
    TaskView claim(String taskId);

    /** Finishes a task; the last one makes the dossier's result ready. Audited. */
    ProcessView complete(String taskId, Decision decision);

    /** Where a dossier's process stands: the open steps with their due dates. */
    ProcessView process(String dossierCode);

    /**
     * Replaces the generated process of a procedure with the province's own BPMN 2.0 XML, after parsing and validating
     * it. Dossiers received from then on follow it; running ones keep their process.
     *
     * @return the key the process was deployed under
     */
    String deployOwn(String procedureCode, byte[] bpmnXml);
}
