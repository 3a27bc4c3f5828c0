package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.flowable.engine.RuntimeService;
import org.flowable.engine.TaskService;
import org.flowable.task.api.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tinhso.support.Api;
import vn.tinhso.support.Eventually;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * Processes start after the intake commits, from the {@code workflow_start} queue: each once, and none for a dossier
 * that ended before its turn.
 */
@PlatformIntegrationTest
class ProcessStartIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void everyReceivedDossierGetsExactlyOneProcessWithItsFirstStepOpen() {
        Api counter = Api.at(port).as("motcua");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            codes.add(LandDossiers.receiveOnly(counter, "0942010077%02d".formatted(i)));
        }
        awaitQueueEmptyOf(codes);
        for (String code : codes) {
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).as(code)
                    .isEqualTo(1);
            List<Task> open = tasks.createTaskQuery().processInstanceBusinessKey(code).list();
            assertThat(open).extracting(Task::getTaskDefinitionKey).as(code).containsExactly("step_1");
            assertThat(counter.get("/api/v1/dossiers/" + code).json().get("currentSteps").get(0).get("name")
                    .asString()).isEqualTo(open.getFirst().getName());
        }
    }

    @Test
    void aDossierRefusedTheMomentItIsReceivedIsLeftWithoutAnOpenTask() {
        Api counter = Api.at(port).as("motcua");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            String code = LandDossiers.receiveOnly(counter, "0942010078%02d".formatted(i));
            Api.Answer refused = counter.post("/api/v1/dossiers/" + code + "/actions/REFUSE",
                    Map.of("reason", "Thửa đất đang có tranh chấp"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(200);
            codes.add(code);
        }
        awaitQueueEmptyOf(codes);
        for (String code : codes) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(code).count()).as(code).isZero();
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).as(code)
                    .isZero();
        }
    }

    @Test
    void aStartThatFailsInABatchHoldsBackOnlyItsOwnDossier() {
        Api counter = Api.at(port).as("motcua");
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            codes.add(LandDossiers.receive(counter, "0942010079%02d".formatted(i)));
        }
        // Their processes are gone and their starts queued again, all visible at once so that one batch takes them;
        // one dossier names a procedure version that does not exist, so its start fails.
        codes.forEach(code -> runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list()
                .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "test")));
        String broken = codes.getFirst();
        int version = jdbc.sql("select procedure_version from dossier where code = ?").param(broken)
                .query(Integer.class).single();
        transactions.executeWithoutResult(status -> {
            jdbc.sql("update dossier set procedure_version = 999 where code = ?").param(broken).update();
            codes.forEach(code -> jdbc.sql("insert into workflow_start (dossier_code) values (?)").param(code)
                    .update());
        });
        try {
            awaitQueueEmptyOf(codes.subList(1, codes.size()));
            for (String code : codes.subList(1, codes.size())) {
                assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).count()).as(code)
                        .isEqualTo(1);
            }
            Map<String, Object> entry = jdbc.sql(
                    "select attempts, last_error from workflow_start where dossier_code = ?").param(broken).query()
                    .singleRow();
            assertThat(entry.get("attempts")).isEqualTo(1);
            assertThat(String.valueOf(entry.get("last_error"))).contains("ProcedureNotFound");
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(broken).count()).isZero();
        } finally {
            transactions.executeWithoutResult(status -> {
                jdbc.sql("delete from workflow_start where dossier_code = ?").param(broken).update();
                jdbc.sql("update dossier set procedure_version = ? where code = ?").params(version, broken).update();
            });
        }
    }

    private void awaitQueueEmptyOf(List<String> codes) {
        Eventually.await("the queued starts done", Duration.ofSeconds(30), () -> jdbc.sql(
                "select count(*) from workflow_start where dossier_code in (:codes)").param("codes", codes)
                .query(Long.class).single() == 0);
    }
}
