package vn.tinhso.workflow.engine;

import java.util.HashMap;
import java.util.Map;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * Cảnh báo quá hạn: called by a step's escalation timer when its due date passes and it is still open. The step is
 * flagged overdue (the task lists show it), offered to the leaders as well so someone with authority sees it, and
 * the escalation is audited. The timer is a Flowable job: it fires once, on whichever node acquires it, and
 * survives restarts.
 */
@Component("stepEscalations")
public class StepEscalations {

    private final TaskService tasks;
    private final AuditLog audit;

    StepEscalations(TaskService tasks, AuditLog audit) {
        this.tasks = tasks;
        this.audit = audit;
    }

    public void overdue(DelegateExecution execution, String stepId) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(stepId).singleResult();
        if (task == null) {
            return;
        }
        tasks.setVariableLocal(task.getId(), StepMarkers.OVERDUE, true);
        tasks.addCandidateGroup(task.getId(), StepMarkers.ESCALATION_GROUP);
        Map<String, Object> escalation = new HashMap<>();
        escalation.put("step", stepId);
        escalation.put("taskId", task.getId());
        escalation.put("dueAt", task.getDueDate() == null ? "" : task.getDueDate().toInstant().toString());
        escalation.put("assignee", task.getAssignee() == null ? "" : task.getAssignee());
        escalation.put("escalatedTo", StepMarkers.ESCALATION_GROUP);
        audit.record("workflow.step-overdue", "DossierTask",
                String.valueOf(execution.getVariable(StepMarkers.DOSSIER_CODE)), null, escalation);
    }
}
