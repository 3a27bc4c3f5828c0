package vn.tinhso.workflow.engine;

import java.time.Clock;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.flowable.engine.ManagementService;
import org.flowable.engine.TaskService;
import org.flowable.engine.delegate.DelegateExecution;
import org.flowable.task.api.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.workflow.bpmn.StepMarkers;

/**
 * Cảnh báo quá hạn: a step still open after its due date is flagged overdue (the task lists show it), offered to the
 * leaders as well so someone with authority sees it, and the escalation is audited — once per step.
 *
 * <p>A scan finds such steps every {@code tinhso.workflow.escalation-interval} (a minute), instead of a timer job per
 * step: the timer was an execution and a job written with every step and deleted with it, about a fifth of a
 * process start's rows, for the few steps that run late (docs/benchmarks.md). One node scans at a time (an advisory
 * lock); the flag is what makes an escalation happen once. Processes deployed with the earlier timers, and a
 * province's own BPMN, may still call {@link #overdue} from a timer: it does the same, also once.
 */
@Component("stepEscalations")
public class StepEscalations {

    private static final int LOCK_SPACE = 0x7453_0002;
    private static final int BATCH = 200;

    private final TaskService tasks;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String overdueSql;

    StepEscalations(TaskService tasks, AuditLog audit, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
            ManagementService management) {
        this.tasks = tasks;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        String taskTable = management.getTableName(Task.class);
        // The engine's table prefix, if one is configured, is the same for its variables.
        String variableTable = taskTable.substring(0, taskTable.length() - "ACT_RU_TASK".length()) + "ACT_RU_VARIABLE";
        this.overdueSql = "select T.* from " + taskTable + " T where T.DUE_DATE_ < #{now} and T.SUSPENSION_STATE_ = 1"
                + " and not exists (select 1 from " + variableTable + " V where V.TASK_ID_ = T.ID_ and V.NAME_ = '"
                + StepMarkers.OVERDUE + "') order by T.DUE_DATE_, T.ID_";
    }

    /** Escalates the open steps past their due date; returns how many. */
    @Scheduled(fixedDelayString = "${tinhso.workflow.escalation-interval:1m}",
            initialDelayString = "${tinhso.workflow.escalation-interval:1m}")
    public int scan() {
        int escalated = 0;
        Integer batch;
        do {
            batch = transactions.execute(status -> escalateBatch());
            escalated += batch == null ? 0 : batch;
        } while (batch != null && batch == BATCH);
        return escalated;
    }

    /** Called by an escalation timer of an earlier generated process or of an uploaded BPMN. */
    public void overdue(DelegateExecution execution, String stepId) {
        Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
                .taskDefinitionKey(stepId).singleResult();
        if (task != null && tasks.getVariableLocal(task.getId(), StepMarkers.OVERDUE) == null) {
            escalate(task, String.valueOf(execution.getVariable(StepMarkers.DOSSIER_CODE)));
        }
    }

    private int escalateBatch() {
        boolean mine = Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:space, 0)")
                .param("space", LOCK_SPACE).query(Boolean.class).single());
        if (!mine) {
            return 0;
        }
        List<Task> late = tasks.createNativeTaskQuery().sql(overdueSql)
                .parameter("now", Date.from(clock.instant())).listPage(0, BATCH);
        late.forEach(task -> escalate(task, String.valueOf(tasks.getVariable(task.getId(),
                StepMarkers.DOSSIER_CODE))));
        return late.size();
    }

    private void escalate(Task task, String dossierCode) {
        tasks.setVariableLocal(task.getId(), StepMarkers.OVERDUE, true);
        tasks.addCandidateGroup(task.getId(), StepMarkers.ESCALATION_GROUP);
        Map<String, Object> escalation = new HashMap<>();
        escalation.put("step", task.getTaskDefinitionKey());
        escalation.put("taskId", task.getId());
        escalation.put("dueAt", task.getDueDate() == null ? "" : task.getDueDate().toInstant().toString());
        escalation.put("assignee", task.getAssignee() == null ? "" : task.getAssignee());
        escalation.put("escalatedTo", StepMarkers.ESCALATION_GROUP);
        audit.record("workflow.step-overdue", "DossierTask", dossierCode, null, escalation);
    }
}
