package vn.tinhso.workflow.engine;

import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.FlowElement;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.springframework.stereotype.Component;

/** Which steps of a process a dossier may be sent back to: user tasks that are not one branch among several. */
@Component
class ReturnTargets {

    private final RepositoryService repository;

    ReturnTargets(RepositoryService repository) {
        this.repository = repository;
    }

    boolean allows(String processDefinitionId, String stepKey) {
        BpmnModel model = repository.getBpmnModel(processDefinitionId);
        FlowElement element = model.getFlowElement(stepKey);
        if (!(element instanceof UserTask task)) {
            return false;
        }
        return task.getIncomingFlows().stream().map(flow -> model.getFlowElement(flow.getSourceRef()))
                .noneMatch(source -> source instanceof ParallelGateway split && split.getOutgoingFlows().size() > 1);
    }
}
