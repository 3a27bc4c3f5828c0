package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.ExclusiveGateway;
import org.flowable.bpmn.model.FlowNode;
import org.flowable.bpmn.model.ParallelGateway;
import org.flowable.bpmn.model.SequenceFlow;
import org.flowable.bpmn.model.UserTask;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;
import vn.tinhso.workflow.bpmn.ProcessGenerator;

/**
 * The land-certificate process of Sóc Trăng (STG-DD-001) end to end, as the seed's process table reads: reception,
 * commune confirmation, land registration office, the asset agency's opinion (parallel group), tax, the department,
 * the leader's signature — who may send it back — and the hand-over.
 */
@PlatformIntegrationTest
class LandCertificateWorkflowIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    ProcedureCatalog catalog;

    @Autowired
    RepositoryService repository;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theGeneratedProcessDeploysWithTheParallelGroupBetweenSplitAndJoin() {
        BpmnModel model = ProcessGenerator.generate(catalog.current(LandDossiers.LAND));
        var process = model.getMainProcess();

        ParallelGateway split = (ParallelGateway) process.getFlowElement("split_Y_KIEN");
        ParallelGateway join = (ParallelGateway) process.getFlowElement("join_Y_KIEN");
        assertThat(targets(split)).containsExactly("step_4");
        assertThat(sources(join)).containsExactly("step_4");
        assertThat(targets((FlowNode) process.getFlowElement("step_3"))).containsExactly("split_Y_KIEN");
        assertThat(targets(join)).containsExactly("step_5");
        UserTask commune = (UserTask) process.getFlowElement("step_2");
        assertThat(commune.getCandidateGroups()).containsExactly("COMMUNE_PEOPLES_COMMITTEE");
        assertThat(commune.getCategory()).isEqualTo("inter-agency");
        assertThat(commune.getDueDate()).isEqualTo("${stepDeadlines.dueIn('5')}");
        assertThat(((UserTask) process.getFlowElement("step_7")).getCategory()).isEqualTo("approval");
        assertThat(targets((ExclusiveGateway) process.getFlowElement("approval_decision")))
                .containsExactlyInAnyOrder("step_6", "step_8");
        assertThat(model.getLocationMap()).containsKeys("start", "step_1", "split_Y_KIEN", "end");

        String key = process.getId() + "_deploy_check";
        process.setId(key);
        repository.createDeployment().name(key).addBpmnModel(key + ".bpmn20.xml", model).deploy();
        ProcessDefinition deployed = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .singleResult();
        BpmnModel stored = repository.getBpmnModel(deployed.getId());
        assertThat(stored.getMainProcess().findFlowElementsOfType(UserTask.class)).hasSize(8);
        assertThat(new String(new BpmnXMLConverter().convertToXML(stored))).contains("bpmndi:BPMNShape");
    }

    @Test
    void aReceivedDossierStartsItsProcessWithTheReceptionStepDueHalfAWorkingDayLater() {
        Api officer = Api.at(port).as("motcua");
        String code = LandDossiers.receive(officer, "094201008801");

        JsonNode process = officer.get("/api/v1/dossiers/" + code + "/process").json();

        assertThat(process.get("processKey").asString()).isEqualTo("proc_STG-DD-001_v" + catalog.current(
                LandDossiers.LAND).version());
        assertThat(process.get("ended").asBoolean()).isFalse();
        JsonNode first = process.get("openSteps").get(0);
        assertThat(process.get("openSteps")).hasSize(1);
        assertThat(first.get("stepKey").asString()).isEqualTo("step_1");
        assertThat(first.get("unitType").asString()).isEqualTo("ONE_STOP_COUNTER");
        Instant created = Instant.parse(first.get("createdAt").asString());
        Instant expected = calendar.addWorkingTime(calendar.addWorkingDays(created, 0), Duration.ofHours(4));
        assertThat(Instant.parse(first.get("dueAt").asString())).isBetween(expected.minusSeconds(2),
                expected.plusSeconds(2));
    }

    @Test
    void completingTheStepsInOrderMakesTheResultReadyAndTheLeaderCanSendItBack() {
        Api officer = Api.at(port).as("motcua");
        String code = LandDossiers.receive(officer, "094201008802");

        complete(officer, code, "step_1", "APPROVE", null);
        assertThat(status(officer, code)).isEqualTo("IN_PROGRESS");
        for (String step : List.of("step_2", "step_3", "step_4", "step_5", "step_6")) {
            complete(officer, code, step, "APPROVE", null);
        }
        JsonNode returned = complete(officer, code, "step_7", "RETURN", "Sơ đồ tài sản chưa khớp hiện trạng");
        assertThat(openSteps(returned)).containsExactly("step_6");

        complete(officer, code, "step_6", "APPROVE", "Đã chỉnh sơ đồ");
        complete(officer, code, "step_7", "APPROVE", null);
        Api.Answer notPaid = officer.post("/api/v1/tasks/" + LandDossiers.taskId(officer, code, "step_8") + "/complete",
                Map.of("decision", "APPROVE"));
        assertThat(notPaid.status()).isEqualTo(409);
        assertThat(notPaid.json().get("code").asString()).isEqualTo("workflow-payment-proof-required");
        LandDossiers.act(officer, code, "REQUEST_PAYMENT", "Nộp lệ phí trước bạ theo thông báo của cơ quan thuế");
        LandDossiers.act(officer, code, "PAYMENT_RECEIVED", "Biên lai thu số 0001234 của Kho bạc Nhà nước Sóc Trăng");
        JsonNode done = complete(officer, code, "step_8", "APPROVE", null);

        assertThat(done.get("ended").asBoolean()).isTrue();
        assertThat(status(officer, code)).isEqualTo("RESULT_READY");
        JsonNode audit = Api.at(port).as("kiemtra").get("/api/v1/audit/entries?objectType=DossierTask&objectId=" + code).json();
        assertThat(audit.toString()).contains("workflow.task-completed");
    }

    @Test
    void onlyTheLeadersApprovalStepReturnsAndOnlyWithAReason() {
        Api officer = Api.at(port).as("motcua");
        String code = LandDossiers.receive(officer, "094201008803");
        String first = LandDossiers.taskId(officer, code, "step_1");

        Api.Answer notHere = officer.post("/api/v1/tasks/" + first + "/complete",
                Map.of("decision", "RETURN", "comment", "Không rõ"));
        assertThat(notHere.status()).isEqualTo(400);
        assertThat(notHere.json().get("code").asString()).isEqualTo("workflow-return-not-allowed");
        assertThat(officer.get("/api/v1/dossiers/" + code + "/process").json().get("openSteps").get(0)
                .has("assignee")).as("the refused completion left the task unclaimed").isFalse();
        assertThat(officer.post("/api/v1/tasks/unknown/claim", "").status()).isEqualTo(404);
    }

    @Test
    void anyStepSendsTheDossierBackToAStepItWentThroughWithTheReason() {
        Api officer = Api.at(port).as("motcua");
        String code = LandDossiers.receive(officer, "094201008805");
        for (String step : List.of("step_1", "step_2", "step_3", "step_4", "step_5")) {
            complete(officer, code, step, "APPROVE", null);
        }
        String department = LandDossiers.taskId(officer, code, "step_6");

        Api.Answer notYet = officer.post("/api/v1/tasks/" + department + "/complete",
                Map.of("decision", "RETURN", "returnTo", "step_7", "comment", "Chưa qua bước này"));
        Api.Answer noReason = officer.post("/api/v1/tasks/" + department + "/complete",
                Map.of("decision", "RETURN", "returnTo", "step_3"));
        assertThat(notYet.status()).isEqualTo(400);
        assertThat(notYet.json().get("code").asString()).isEqualTo("workflow-return-not-allowed");
        assertThat(noReason.json().get("code").asString()).isEqualTo("workflow-return-reason-required");

        JsonNode again = complete(officer, code, "step_6", "RETURN", "Hỏi lại cơ quan quản lý tài sản", "step_4");
        assertThat(openSteps(again)).as("a group of one step may be entered again").containsExactly("step_4");
        assertThat(status(officer, code)).as("its excluded period stops the clock again").isEqualTo("PAUSED");
        complete(officer, code, "step_4", "APPROVE", null);
        complete(officer, code, "step_5", "APPROVE", null);
        JsonNode back = complete(officer, code, "step_6", "RETURN", "Sơ đồ thửa đất sai kích thước cạnh phía Đông",
                "step_3");
        assertThat(openSteps(back)).containsExactly("step_3");
        assertThat(status(officer, code)).isEqualTo("IN_PROGRESS");
        JsonNode dossier = officer.get("/api/v1/dossiers/" + code).json();
        assertThat(dossier.get("comments").toString()).contains("Sơ đồ thửa đất sai kích thước");
        assertThat(Api.at(port).as("kiemtra").get("/api/v1/audit/entries?objectType=DossierTask&objectId=" + code)
                .json().toString()).contains("workflow.step-returned");
    }

    @Test
    void claimedTasksAreMineAndOthersCannotTakeThem() {
        Api officer = Api.at(port).as("motcua");
        String code = LandDossiers.receive(officer, "094201008804");
        String first = LandDossiers.taskId(officer, code, "step_1");
        assertThat(officer.get("/api/v1/tasks?group=ONE_STOP_COUNTER").json().valueStream()
                .map(task -> task.get("id").asString())).as("waiting for the counter").contains(first);

        assertThat(officer.post("/api/v1/tasks/" + first + "/claim", "").status()).isEqualTo(200);

        assertThat(officer.get("/api/v1/tasks?mine=true").json().valueStream()
                .map(task -> task.get("id").asString())).contains(first);
        assertThat(officer.get("/api/v1/tasks?group=ONE_STOP_COUNTER").json().valueStream()
                .map(task -> task.get("id").asString())).as("claimed, no longer waiting").doesNotContain(first);
        assertThat(status(officer, code)).isEqualTo("IN_PROGRESS");
        Api.Answer taken = Api.at(port).as("quantri").post("/api/v1/tasks/" + first + "/claim", "");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().get("code").asString()).isEqualTo("workflow-task-claimed-by-other");
    }

    @Test
    void theTasksApiIsForStaffOnly() {
        assertThat(Api.at(port).get("/api/v1/tasks").status()).isEqualTo(401);
        assertThat(Api.at(port).as("congdan").get("/api/v1/tasks").status()).isEqualTo(403);
        assertThat(Api.at(port).as("kiemtra").post("/api/v1/tasks/x/claim", "").status()).isEqualTo(403);
        assertThat(Api.at(port).as("motcua").get("/api/v1/tasks").status()).isEqualTo(200);
        assertThat(Api.at(port).as("motcua").post("/api/v1/admin/workflows/1.000894", "application/xml",
                new byte[0]).status()).isEqualTo(403);
    }

    private static JsonNode complete(Api officer, String code, String step, String decision, String comment) {
        return complete(officer, code, step, decision, comment, null);
    }

    private static JsonNode complete(Api officer, String code, String step, String decision, String comment,
            String returnTo) {
        String id = LandDossiers.taskId(officer, code, step);
        Map<String, Object> body = new java.util.HashMap<>(Map.of("decision", decision));
        if (comment != null) {
            body.put("comment", comment);
        }
        if (returnTo != null) {
            body.put("returnTo", returnTo);
        }
        Api.Answer answer = officer.post("/api/v1/tasks/" + id + "/complete", body);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }



    private static List<String> openSteps(JsonNode process) {
        return process.get("openSteps").valueStream().map(task -> task.get("stepKey").asString()).toList();
    }

    private static String status(Api officer, String code) {
        return officer.get("/api/v1/dossiers/" + code).json().get("status").asString();
    }

    private static List<String> targets(FlowNode node) {
        return node.getOutgoingFlows().stream().map(SequenceFlow::getTargetRef).toList();
    }

    private static List<String> sources(FlowNode node) {
        return node.getIncomingFlows().stream().map(SequenceFlow::getSourceRef).toList();
    }
}
