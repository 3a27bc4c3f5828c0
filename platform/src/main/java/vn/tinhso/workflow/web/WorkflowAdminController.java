package vn.tinhso.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.workflow.Workflows;

/** A province's own BPMN for a procedure, replacing the generated process for new dossiers. */
@RestController
class WorkflowAdminController {

    private final Workflows workflows;

    WorkflowAdminController(Workflows workflows) {
        this.workflows = workflows;
    }

    @PostMapping(path = "/api/v1/admin/workflows/{procedureCode}",
            consumes = {"application/xml", "text/xml", "application/octet-stream"})
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload the BPMN 2.0 XML of a procedure's process; validated before it is deployed")
    Map<String, String> upload(@PathVariable String procedureCode, @RequestBody byte[] bpmnXml) {
        return Map.of("procedureCode", procedureCode, "processKey", workflows.deployOwn(procedureCode, bpmnXml));
    }
}
