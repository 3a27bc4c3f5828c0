package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.flowable.engine.TaskService;
import org.flowable.identitylink.api.IdentityLink;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;
import vn.tinhso.support.TestClock;
import vn.tinhso.workflow.engine.StepEscalations;

/**
 * The escalation scan: a step open past its due date is flagged, offered to the leaders and audited — once, however
 * many scans run, side by side as on several nodes or after one another; a step not yet due is left alone.
 */
@PlatformIntegrationTest
class StepEscalationIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @Autowired
    StepEscalations escalations;

    @Autowired
    TaskService tasks;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aStepPastItsDueDateIsEscalatedOnceHoweverManyScansRun() {
        Api counter = Api.at(port).as("motcua");
        String code = LandDossiers.receive(counter, "094201007901");
        Task step = tasks.createTaskQuery().processInstanceBusinessKey(code).singleResult();

        clock.travelTo(step.getDueDate().toInstant().minus(Duration.ofMinutes(1)));
        escalations.scan();
        assertThat(tasks.getVariableLocal(step.getId(), "overdue")).as("not yet due").isNull();

        clock.travelTo(step.getDueDate().toInstant().plus(Duration.ofMinutes(1)));
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(escalations::scan);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(escalations::scan);
        one.join();
        other.join();
        escalations.scan();

        assertThat(tasks.getVariableLocal(step.getId(), "overdue")).isEqualTo(true);
        assertThat(tasks.getIdentityLinksForTask(step.getId())).extracting(IdentityLink::getGroupId)
                .contains("LEADER");
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'workflow.step-overdue' and object_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
        assertThat(LandDossiers.openStep(counter, code, step.getTaskDefinitionKey()).get("overdue").asBoolean())
                .isTrue();
    }
}
