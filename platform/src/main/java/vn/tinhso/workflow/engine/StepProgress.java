package vn.tinhso.workflow.engine;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.ExcludedPeriod;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.dossier.CurrentStep;
import vn.tinhso.dossier.Dossier;
import vn.tinhso.dossier.DossierActions;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * What the dossier learns when its process moves: which steps are open now (shown to officers and in the public
 * lookup), and the clock — stopped while a step of an excluded period is open (the asset authority's opinion, the
 * tax agency's determination of obligations), resumed when the last such step closes.
 */
@Component
class StepProgress {

    private final TaskService tasks;
    private final StepRules rules;
    private final DossierActions actions;
    private final DossierQueries dossiers;
    private final ProcedureCatalog catalog;
    private final String openTasksSql;

    StepProgress(TaskService tasks, StepRules rules, DossierActions actions, DossierQueries dossiers,
            ProcedureCatalog catalog, ManagementService management) {
        this.tasks = tasks;
        // Only the columns read here: MyBatis maps each column of a task by reflection.
        this.openTasksSql = "select ID_, REV_, NAME_, CATEGORY_, DUE_DATE_, TASK_DEF_KEY_, PROC_DEF_ID_, PROC_INST_ID_,"
                + " EXECUTION_ID_, CREATE_TIME_, SUSPENSION_STATE_ from " + management.getTableName(Task.class)
                + " where PROC_INST_ID_ = #{processInstanceId} and SUSPENSION_STATE_ = 1 order by CREATE_TIME_, ID_";
        this.rules = rules;
        this.actions = actions;
        this.dossiers = dossiers;
        this.catalog = catalog;
    }

    /** The ids of the open tasks of a process, before a change. */
    Set<String> openTaskIds(String processInstanceId) {
        return Set.copyOf(open(processInstanceId).stream().map(Task::getId).toList());
    }

    /**
     * @param openBefore the tasks open before the change
     * @param completed  the rules of the step just completed, or {@code null} when the process just started
     */
    void afterChange(String dossierCode, String processInstanceId, Set<String> openBefore,
            StepRules.Rules completed) {
        afterChange(dossierCode, open(processInstanceId), openBefore, completed);
    }

    /**
     * A process just started: its open steps are the tasks the start created, which the caller has in hand — no
     * query (reading them back was a sixth of a start's CPU, docs/benchmarks.md).
     */
    void started(String dossierCode, List<Task> created) {
        afterChange(dossierCode, created, Set.of(), null);
    }

    private void afterChange(String dossierCode, List<Task> open, Set<String> openBefore,
            StepRules.Rules completed) {
        // Each open step's rules once: they come from its process model, through an engine command.
        Map<String, StepRules.Rules> ruleOf = new HashMap<>();
        open.forEach(task -> ruleOf.put(task.getId(), rules.of(task)));
        List<Task> entered = open.stream().filter(task -> !openBefore.contains(task.getId())).toList();
        boolean stillExcluded = open.stream().filter(task -> openBefore.contains(task.getId()))
                .anyMatch(task -> ruleOf.get(task.getId()).excludedPeriod() != null);
        if (completed != null && completed.excludedPeriod() != null && !stillExcluded
                && status(dossierCode) == DossierStatus.PAUSED) {
            actions.perform(dossierCode, DossierActions.Action.RESUME, null, null);
        }
        // At intake the receipt itself says where the dossier is; the timeline starts telling steps after it.
        Map<String, CurrentStep> steps = new LinkedHashMap<>();
        open.forEach(task -> steps.put(task.getId(), step(task, ruleOf.get(task.getId()))));
        actions.recordSteps(dossierCode, List.copyOf(steps.values()),
                completed == null ? List.of() : entered.stream().map(task -> steps.get(task.getId())).toList());
        entered.stream().map(task -> ruleOf.get(task.getId()).excludedPeriod()).filter(period -> period != null)
                .findFirst().ifPresent(period -> pause(dossierCode, period));
    }

    private void pause(String dossierCode, String periodId) {
        Dossier dossier = dossiers.dossier(dossierCode);
        if (dossier.status() != DossierStatus.IN_PROGRESS) {
            return;
        }
        String name = catalog.version(dossier.facts().procedureCode(), dossier.facts().procedureVersion())
                .definition().excludedPeriods().stream().filter(period -> period.id().equals(periodId))
                .map(ExcludedPeriod::name).findFirst().orElse(periodId);
        actions.perform(dossierCode, DossierActions.Action.PAUSE, name, null);
    }

    private DossierStatus status(String dossierCode) {
        return dossiers.dossier(dossierCode).status();
    }

    /**
     * A native query: the task query's dynamic SQL (MyBatis evaluating some hundred conditions by reflection) was a
     * quarter of a process start's CPU for what is one indexed read (docs/benchmarks.md). Active tasks only, as the
     * task query's {@code active()}; the tasks carry only what {@link #afterChange} reads.
     */
    private List<Task> open(String processInstanceId) {
        return tasks.createNativeTaskQuery().sql(openTasksSql).parameter("processInstanceId", processInstanceId)
                .list();
    }

    /** The unit from the step's BPMN when it names one, else from the task's own links (an expression, say). */
    private CurrentStep step(Task task, StepRules.Rules rules) {
        String unit = rules.unitType();
        if (unit == null) {
            unit = TaskViews.unitType(tasks.getIdentityLinksForTask(task.getId()));
        }
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        return new CurrentStep(task.getName(), unit, StepMarkers.INTER_AGENCY.equals(task.getCategory()), due);
    }
}
