package vn.tinhso.workflow.web;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.workflow.ProcessView;
import vn.tinhso.workflow.Workflows;

/** Where a dossier's process stands; under the dossiers' staff-only path. */
@RestController
class DossierProcessController {

    private final Workflows workflows;

    DossierProcessController(Workflows workflows) {
        this.workflows = workflows;
    }

    @GetMapping("/api/v1/dossiers/{code}/process")
    @Operation(summary = "The process of a dossier: its open steps with their due dates")
    ProcessView process(@PathVariable String code) {
        return workflows.process(code);
    }
}
