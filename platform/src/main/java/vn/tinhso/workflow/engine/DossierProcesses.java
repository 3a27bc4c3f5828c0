package vn.tinhso.workflow.engine;

import java.util.Date;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.Dossier;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierReceived;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.DossierStatusChanged;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * Follows the dossier module's events. Both listeners run synchronously, in the transaction that publishes the
 * event: a dossier is received together with its process or not at all, and a refused, withdrawn or cancelled
 * dossier leaves no task open. (An after-commit listener could lose the start on a crash between the two.)
 */
@Component
class DossierProcesses {

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final ProcessDeployments deployments;
    private final RuntimeService runtime;
    private final StepProgress progress;

    DossierProcesses(DossierQueries dossiers, ProcedureCatalog catalog, ProcessDeployments deployments,
            RuntimeService runtime, StepProgress progress) {
        this.progress = progress;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.deployments = deployments;
        this.runtime = runtime;
    }

    /** Starts the process of the procedure version the dossier was received under, keyed by the dossier code. */
    @EventListener
    void start(DossierReceived received) {
        Dossier dossier = dossiers.dossier(received.code());
        ProcessDefinition definition = deployments.definitionFor(
                catalog.version(dossier.facts().procedureCode(), dossier.facts().procedureVersion()));
        var instance = runtime.createProcessInstanceBuilder().processDefinitionId(definition.getId())
                .businessKey(received.code())
                .variables(Map.of(StepMarkers.DOSSIER_CODE, received.code(),
                        StepMarkers.DOSSIER_DUE_AT, Date.from(dossier.dueAt()),
                        StepMarkers.DECISION, "APPROVE",
                        StepMarkers.PROCEDURE_CODE, dossier.facts().procedureCode(),
                        StepMarkers.CHANNEL, dossier.facts().channel().name()))
                .start();
        progress.afterChange(received.code(), instance.getId(), Set.of(), null);
    }

    /** A dossier that ends without a result (refused, withdrawn, cancelled) ends its process too. */
    @EventListener
    void stop(DossierStatusChanged changed) {
        if (!changed.to().isFinal() || changed.to() == DossierStatus.RETURNED) {
            return;
        }
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(changed.code()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), changed.action()));
    }
}
