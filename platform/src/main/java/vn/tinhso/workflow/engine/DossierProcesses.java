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
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.DossierStatusChanged;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * A dossier's process: started by {@link ProcessStarter} once the intake has committed, and ended with the dossier
 * when it ends without a result — the listener runs in the transaction that ends the dossier, so a refused,
 * withdrawn or cancelled dossier leaves no task open and no start queued.
 */
@Component
class DossierProcesses {

    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final ProcessDeployments deployments;
    private final RuntimeService runtime;
    private final StepProgress progress;
    private final ProcessStarts starts;

    DossierProcesses(DossierQueries dossiers, ProcedureCatalog catalog, ProcessDeployments deployments,
            RuntimeService runtime, StepProgress progress, ProcessStarts starts) {
        this.progress = progress;
        this.starts = starts;
        this.dossiers = dossiers;
        this.catalog = catalog;
        this.deployments = deployments;
        this.runtime = runtime;
    }

    /**
     * Starts the process of the procedure version the dossier was received under, keyed by the dossier code — unless
     * the dossier ended before its turn came (withdrawn at once, say).
     */
    void startNow(String code) {
        // Locked: an officer refusing the dossier at this moment either commits first (and no process starts) or
        // waits for the process to exist (and ends it).
        Dossier dossier = dossiers.dossierLocked(code);
        if (dossier.status().isFinal()) {
            return;
        }
        ProcessDefinition definition = deployments.definitionFor(
                catalog.version(dossier.facts().procedureCode(), dossier.facts().procedureVersion()));
        var instance = runtime.createProcessInstanceBuilder().processDefinitionId(definition.getId())
                .businessKey(code)
                // Two variables, each a runtime and a history row: the decision is set by every completion, and
                // the task lists filter on procedure and channel through the process key and the dossier.
                .variables(Map.of(StepMarkers.DOSSIER_CODE, code,
                        StepMarkers.DOSSIER_DUE_AT, Date.from(dossier.dueAt())))
                .start();
        progress.afterChange(code, instance.getId(), Set.of(), null);
    }

    /** A dossier that ends without a result (refused, withdrawn, cancelled) ends its process too. */
    @EventListener
    void stop(DossierStatusChanged changed) {
        if (!changed.to().isFinal() || changed.to() == DossierStatus.RETURNED) {
            return;
        }
        starts.removeUnlessClaimed(changed.code());
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(changed.code()).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), changed.action()));
    }
}
