package vn.tinhso.workflow;

import vn.tinhso.shared.InvalidInput;

/** An uploaded BPMN that does not parse or breaks Flowable's validation rules. */
public class BpmnInvalid extends InvalidInput {

    public BpmnInvalid(String procedureCode, String problems) {
        super("workflow-bpmn-invalid", procedureCode, problems);
    }
}
