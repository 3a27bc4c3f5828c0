package vn.tinhso.workflow.engine;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
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
            return new Rules(null, false);
        }
        return new Rules(element.getAttributeValue(StepMarkers.NAMESPACE, StepMarkers.EXCLUDED_PERIOD),
                "true".equals(element.getAttributeValue(StepMarkers.NAMESPACE, StepMarkers.PAYMENT_PROOF)));
    }

    /** @param excludedPeriod the excluded period's id, or {@code null} when the step counts toward the time limit */
    record Rules(String excludedPeriod, boolean paymentProof) {
    }
}
