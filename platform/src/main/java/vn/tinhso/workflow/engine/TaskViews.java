package vn.tinhso.workflow.engine;

import java.time.Instant;
import java.util.Date;
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
        String unitType = task.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkInfo::getGroupId).findFirst().orElse(null);
        Object dossierCode = task.getProcessVariables().get(StepMarkers.DOSSIER_CODE);
        return new TaskView(task.getId(), task.getTaskDefinitionKey(), task.getName(),
                dossierCode == null ? null : dossierCode.toString(), unitType,
                StepMarkers.INTER_AGENCY.equals(task.getCategory()), StepMarkers.APPROVAL.equals(task.getCategory()),
                task.getAssignee(), instant(task.getCreateTime()), instant(task.getDueDate()));
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }
}
