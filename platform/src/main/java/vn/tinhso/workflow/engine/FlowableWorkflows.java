package vn.tinhso.workflow.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.engine.runtime.ProcessInstance;
import org.flowable.task.api.Task;
import org.flowable.task.api.TaskQuery;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureNotFound;
import vn.tinhso.dossier.DossierAccess;
import vn.tinhso.dossier.DossierActions;
import vn.tinhso.dossier.DossierComments;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.shared.Actor;
import vn.tinhso.workflow.Decision;
import vn.tinhso.workflow.PaymentProofRequired;
import vn.tinhso.workflow.ProcessNotFound;
import vn.tinhso.workflow.ProcessView;
import vn.tinhso.workflow.ReturnNotAllowed;
import vn.tinhso.workflow.ReturnReasonRequired;
import vn.tinhso.workflow.TaskClaimedByOther;
import vn.tinhso.workflow.TaskFilter;
import vn.tinhso.workflow.TaskNotFound;
import vn.tinhso.workflow.TaskView;
import vn.tinhso.workflow.Workflows;
import vn.tinhso.workflow.bpmn.ProcessKeys;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * The officers' use cases on Flowable. Every method runs in one Spring transaction that Flowable joins, so the task,
 * the dossier's status and the audit row change together.
 */
@Service
class FlowableWorkflows implements Workflows {

    /** Unclaimed tasks read per round trip when filling an officer's waiting list. */
    private static final int WAITING_PAGE = 200;

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ProcessDeployments deployments;
    private final DossierActions dossierActions;
    private final DossierQueries dossiers;
    private final AuditLog audit;
    private final ProcedureCatalog catalog;
    private final StepRules stepRules;
    private final StepProgress progress;
    private final DossierComments comments;
    private final ReturnTargets returnTargets;
    /** Officers see the tasks of their units' dossiers only (identity's unit scoping, through the dossier module). */
    private final DossierAccess access;

    FlowableWorkflows(TaskService tasks, RuntimeService runtime, HistoryService history,
            ProcessDeployments deployments, DossierActions dossierActions, DossierQueries dossiers, AuditLog audit,
            ProcedureCatalog catalog, StepRules stepRules, StepProgress progress, DossierComments comments,
            ReturnTargets returnTargets, DossierAccess access) {
        this.returnTargets = returnTargets;
        this.stepRules = stepRules;
        this.progress = progress;
        this.comments = comments;
        this.access = access;
        this.tasks = tasks;
        this.runtime = runtime;
        this.history = history;
        this.deployments = deployments;
        this.dossierActions = dossierActions;
        this.dossiers = dossiers;
        this.audit = audit;
        this.catalog = catalog;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> tasks(TaskFilter filter) {
        TaskQuery query = views(tasks.createTaskQuery());
        if (filter.mine()) {
            query.taskAssignee(Actor.current());
        }
        if (present(filter.group())) {
            query.taskCandidateGroup(filter.group());
        }
        if (present(filter.procedureCode())) {
            query.processDefinitionKeyIn(processKeys(filter.procedureCode()));
        }
        if (filter.dueBefore() != null) {
            query.taskDueBefore(Date.from(filter.dueBefore()));
        }
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.taskVariableValueEquals(StepMarkers.OVERDUE, true);
        }
        List<TaskView> views = query.orderByTaskDueDate().asc().orderByTaskCreateTime().asc().list().stream()
                .map(TaskViews::of).filter(task -> !Boolean.FALSE.equals(filter.overdue()) || !task.overdue())
                .filter(view -> access.mayList(view.dossierCode())).toList();
        return present(filter.channel()) ? receivedThrough(views, filter.channel()) : views;
    }

    /** The processes a procedure's dossiers run: the province's own BPMN and every version's generated one. */
    private List<String> processKeys(String procedureCode) {
        List<String> keys = new ArrayList<>(List.of(ProcessKeys.own(procedureCode)));
        if (catalog.exists(procedureCode)) {
            catalog.versions(procedureCode)
                    .forEach(version -> keys.add(ProcessKeys.generated(procedureCode, version.version())));
        }
        return keys;
    }

    /** The channel is the dossier's, read for the whole list at once rather than kept on every process. */
    private List<TaskView> receivedThrough(List<TaskView> views, String channel) {
        Channel wanted;
        try {
            wanted = Channel.valueOf(channel);
        } catch (IllegalArgumentException unknown) {
            return List.of();
        }
        Set<String> codes = dossiers.receivedThrough(views.stream().map(TaskView::dossierCode).toList(), wanted);
        return views.stream().filter(view -> codes.contains(view.dossierCode())).toList();
    }

    /**
     * Read in pages from the database, soonest due first, until enough of the officer's own are found: which units an
     * officer covers (a leader's sub-units, a closed unit's successors) is the access policy's call, not a query's.
     */
    @Override
    @Transactional(readOnly = true)
    public List<TaskView> waitingTasks(int limit) {
        List<TaskView> found = new ArrayList<>();
        for (int first = 0; found.size() < limit; first += WAITING_PAGE) {
            List<Task> page = views(tasks.createTaskQuery()).taskUnassigned().orderByTaskDueDate().asc()
                    .orderByTaskCreateTime().asc().listPage(first, WAITING_PAGE);
            page.stream().map(TaskViews::of).filter(view -> access.mayList(view.dossierCode()))
                    .limit(limit - found.size()).forEach(found::add);
            if (page.size() < WAITING_PAGE) {
                break;
            }
        }
        return found;
    }

    private static boolean present(String text) {
        return text != null && !text.isBlank();
    }

    /**
     * Claims for the signed-in officer. The first claim of a received dossier starts its processing (RECEIVED →
     * IN_PROGRESS): that is when someone actually takes it up.
     */
    @Override
    @Transactional
    public TaskView claim(String taskId) {
        Task task = open(taskId);
        String me = Actor.current();
        if (task.getAssignee() != null && !task.getAssignee().equals(me)) {
            throw new TaskClaimedByOther(taskId, task.getAssignee());
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, me);
        }
        startProcessing(dossierOf(task));
        return TaskViews.of(open(taskId));
    }

    @Override
    @Transactional
    public ProcessView complete(String taskId, Decision decision) {
        TaskView before = claim(taskId);
        if (decision.returns() && (decision.comment() == null || decision.comment().isBlank())) {
            throw new ReturnReasonRequired(taskId);
        }
        if (decision.returns() && decision.returnTo() != null) {
            return returnTo(before, decision);
        }
        if (decision.returns() && !before.approval()) {
            throw new ReturnNotAllowed(taskId);
        }
        Task task = open(taskId);
        StepRules.Rules rules = stepRules.of(task);
        if (rules.paymentProof() && !dossiers.paymentProven(before.dossierCode())) {
            throw new PaymentProofRequired(before.name(), before.dossierCode());
        }
        if (decision.comment() != null && !decision.comment().isBlank()) {
            comments.add(before.dossierCode(), decision.comment(), decision.visibleToCitizen(), decision.fileIds());
        }
        var openBefore = progress.openTaskIds(task.getProcessInstanceId());
        tasks.complete(taskId, Map.of(StepMarkers.DECISION, decision.decision().name()));
        audit.record("workflow.task-completed", "DossierTask", before.dossierCode(), before,
                Map.of("step", before.stepKey(), "decision", decision.decision(),
                        "comment", decision.comment() == null ? "" : decision.comment(),
                        "visibleToCitizen", decision.visibleToCitizen(), "files", decision.fileIds()));
        progress.afterChange(before.dossierCode(), task.getProcessInstanceId(), openBefore, rules);
        ProcessView after = process(before.dossierCode());
        if (after.ended()) {
            dossierActions.perform(before.dossierCode(), DossierActions.Action.RESULT_READY, null, null);
        }
        return after;
    }

    /**
     * Trả lại bước trước: sends the dossier back from this step to an earlier one it went through, with the reason.
     * Only from a step open alone (not from inside a parallel group) and to a step outside any group of several —
     * a join would otherwise wait for branches that never come.
     */
    private ProcessView returnTo(TaskView from, Decision decision) {
        Task task = open(from.id());
        String target = decision.returnTo();
        var openBefore = progress.openTaskIds(task.getProcessInstanceId());
        // The engine's runtime activity instances: its history keeps only the process instances (ADR 0025).
        boolean passed = runtime.createActivityInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(target).finished().count() > 0;
        if (openBefore.size() != 1 || !passed || !returnTargets.allows(task.getProcessDefinitionId(), target)) {
            throw new ReturnNotAllowed(from.id());
        }
        StepRules.Rules rules = stepRules.of(task);
        comments.add(from.dossierCode(), decision.comment(), decision.visibleToCitizen(), decision.fileIds());
        runtime.createChangeActivityStateBuilder().processInstanceId(task.getProcessInstanceId())
                .moveActivityIdTo(task.getTaskDefinitionKey(), target).changeState();
        audit.record("workflow.step-returned", "DossierTask", from.dossierCode(), from,
                Map.of("step", from.stepKey(), "returnedTo", target, "reason", decision.comment()));
        progress.afterChange(from.dossierCode(), task.getProcessInstanceId(), openBefore, rules);
        return process(from.dossierCode());
    }

    @Override
    @Transactional(readOnly = true)
    public ProcessView process(String dossierCode) {
        var instance = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierCode)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (instance.isEmpty()) {
            throw new ProcessNotFound(dossierCode);
        }
        access.check(dossiers.dossier(dossierCode));
        var started = instance.getFirst();
        List<TaskView> open = views(tasks.createTaskQuery()).processInstanceId(started.getId())
                .orderByTaskDueDate().asc().list().stream().map(TaskViews::of).toList();
        return new ProcessView(dossierCode, started.getProcessDefinitionKey(), started.getEndTime() != null, open);
    }

    @Override
    @Transactional
    public String deployOwn(String procedureCode, byte[] bpmnXml) {
        if (!catalog.exists(procedureCode)) {
            throw new ProcedureNotFound(procedureCode);
        }
        String key = deployments.deployOwn(procedureCode, bpmnXml);
        audit.record("workflow.process-uploaded", "Procedure", procedureCode, null, Map.of("processKey", key));
        return key;
    }

    private Task open(String taskId) {
        Task task = views(tasks.createTaskQuery()).taskId(taskId).singleResult();
        if (task == null) {
            throw new TaskNotFound(taskId);
        }
        return task;
    }

    private String dossierOf(Task task) {
        ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
                .singleResult();
        return instance.getBusinessKey();
    }

    private void startProcessing(String dossierCode) {
        if (dossiers.view(dossierCode).status() == DossierStatus.RECEIVED) {
            dossierActions.perform(dossierCode, DossierActions.Action.START_PROCESSING, null, null);
        }
    }

    private static TaskQuery views(TaskQuery query) {
        return query.active().includeProcessVariables().includeTaskLocalVariables().includeIdentityLinks();
    }
}
