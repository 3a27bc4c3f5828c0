package vn.tinhso.workflow.engine;

import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.flowable.common.engine.impl.interceptor.CommandContext;
import org.flowable.common.engine.impl.persistence.cache.EntityCache;
import org.flowable.engine.ManagementService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.task.api.Task;
import org.flowable.task.service.impl.persistence.entity.TaskEntity;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.ProcedureCatalog;
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
    private final ManagementService management;

    DossierProcesses(DossierQueries dossiers, ProcedureCatalog catalog, ProcessDeployments deployments,
            RuntimeService runtime, StepProgress progress, ProcessStarts starts, ManagementService management) {
        this.management = management;
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
        DossierQueries.ProcessStart dossier = dossiers.lockForProcessStart(code);
        if (dossier.status().isFinal()) {
            return;
        }
        // The procedure version itself only when its process must be found or deployed: a start reads no catalogue.
        ProcessDefinition definition = deployments.definitionFor(dossier.procedureCode(), dossier.procedureVersion(),
                () -> catalog.version(dossier.procedureCode(), dossier.procedureVersion()));
        // One engine command for the start and the reading of what it created: the new tasks are still in the
        // command's entity cache, so the open steps need no query.
        List<Task> created = management.executeCommand(context -> {
            var instance = runtime.createProcessInstanceBuilder().processDefinitionId(definition.getId())
                    .businessKey(code)
                    // Two variables: the decision is set by every completion, and the task lists filter on
                    // procedure and channel through the process key and the dossier.
                    .variables(Map.of(StepMarkers.DOSSIER_CODE, code,
                            StepMarkers.DOSSIER_DUE_AT, Date.from(dossier.dueAt())))
                    .start();
            return createdTasks(context, instance.getId());
        });
        progress.started(code, created);
    }

    /** The process's tasks in the command's cache, in the order the open-task query gives them. */
    private static List<Task> createdTasks(CommandContext context, String processInstanceId) {
        return context.getSession(EntityCache.class).findInCache(TaskEntity.class).stream()
                .filter(task -> processInstanceId.equals(task.getProcessInstanceId()) && !task.isDeleted())
                .sorted(Comparator.comparing(TaskEntity::getCreateTime).thenComparing(TaskEntity::getId))
                .map(Task.class::cast).toList();
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
