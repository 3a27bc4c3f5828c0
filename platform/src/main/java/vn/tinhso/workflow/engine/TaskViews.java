package vn.tinhso.workflow.engine;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.flowable.identitylink.api.IdentityLinkInfo;
import org.flowable.identitylink.api.IdentityLinkType;
import org.flowable.task.api.Task;
import vn.tinhso.workflow.TaskView;
import vn.tinhso.workflow.bpmn.StepMarkers;

/** Flowable's task as the officer's task list shows it. */
final class TaskViews {

    private TaskViews() {
    }

    static TaskView of(Task task) {
        Object dossierCode = task.getProcessVariables().get(StepMarkers.DOSSIER_CODE);
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                dossierCode == null ? null : dossierCode.toString(), unitType(task),
                StepMarkers.INTER_AGENCY.equals(task.getCategory()), StepMarkers.APPROVAL.equals(task.getCategory()),
                task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()),
                Boolean.TRUE.equals(task.getTaskLocalVariables().get(StepMarkers.OVERDUE)));
    }

    /** The unit the step is offered to; the leaders an overdue step is escalated to come second. */
    static String unitType(Task task) {
        return unitType(task.getIdentityLinks());
    }

    /** The same from the task's links read on their own. */
    static String unitType(List<? extends IdentityLinkInfo> links) {
        List<String> groups = links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId).toList();
        return groups.stream().filter(group -> !StepMarkers.ESCALATION_GROUP.equals(group)).findFirst()
                .orElse(groups.isEmpty() ? null : groups.getFirst());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
