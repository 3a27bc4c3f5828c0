package vn.tinhso.workflow.engine;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * What a step's BPMN says beyond Flowable's own attributes: the excluded period its time belongs to and whether it
 * waits for the payment proof ({@code tinhso:excludedPeriod}, {@code tinhso:paymentProof}). Generated processes set
 * them from the catalogue; a province's uploaded BPMN may set them too. Flowable caches the models it deployed.
 */
@Component
class StepRules {

    private final RepositoryService repository;

    StepRules(RepositoryService repository) {
        this.repository = repository;
    }

    Rules of(Task task) {
        BpmnModel model = repository.getBpmnModel(task.getProcessDefinitionId());
        FlowElement element = model.getFlowElement(task.getTaskDefinitionKey());
        if (element == null) {
            return new Rules(null, false, null);
        }
        return new Rules(element.getAttributeValue(StepMarkers.NAMESPACE, StepMarkers.EXCLUDED_PERIOD),
                "true".equals(element.getAttributeValue(StepMarkers.NAMESPACE, StepMarkers.PAYMENT_PROOF)),
                unitType(element));
    }

    /**
     * The unit type as the task's links would give it ({@link TaskViews#unitType}): its first candidate group other
     * than the leaders, else the leaders; {@code null} when none is named or one is an expression.
     */
    private static String unitType(FlowElement element) {
        if (!(element instanceof UserTask task) || task.getCandidateGroups().isEmpty()
                || task.getCandidateGroups().stream().anyMatch(group -> group.contains("${") || group.contains("#{"))) {
            return null;
        }
        return task.getCandidateGroups().stream().filter(group -> !StepMarkers.ESCALATION_GROUP.equals(group))
                .findFirst().orElse(task.getCandidateGroups().getFirst());
    }

    /**
     * @param excludedPeriod the excluded period's id, or {@code null} when the step counts toward the time limit
     * @param unitType       the unit type the step is offered to, when its BPMN names it without an expression
     */
    record Rules(String excludedPeriod, boolean paymentProof, String unitType) {
    }
}
