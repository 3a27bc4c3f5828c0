package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** A province replaces the generated process of a procedure with its own BPMN, checked before it is deployed. */
@PlatformIntegrationTest
class OwnProcessUploadIntegrationTest {

    private static final String PROCEDURE = "1.000894";
    private static final String PATH = "/api/v1/admin/workflows/" + PROCEDURE;

    @LocalServerPort
    int port;

    @Autowired
    RepositoryService repository;

    @Test
    void anAdministratorUploadsAValidProcessAndItIsDeployedUnderTheProceduresKey() {
        Api.Answer answer = Api.at(port).as("quantri").post(PATH, "application/xml", bpmn("""
                <userTask id="xu_ly" name="Chuyên viên xử lý" flowable:candidateGroups="SPECIALIST"/>
                <sequenceFlow id="f1" sourceRef="start" targetRef="xu_ly"/>
                <sequenceFlow id="f2" sourceRef="xu_ly" targetRef="end"/>"""));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        assertThat(answer.json().get("processKey").asString()).isEqualTo("proc_1_000894");
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey("proc_1_000894").count())
                .isPositive();
    }

    @Test
    void aProcessThatBreaksTheRulesIsRefusedWithTheReason() {
        Api admin = Api.at(port).as("quantri");

        Api.Answer garbage = admin.post(PATH, "application/xml", "<not-bpmn/>".getBytes(StandardCharsets.UTF_8));
        Api.Answer dangling = admin.post(PATH, "application/xml", bpmn("""
                <sequenceFlow id="f1" sourceRef="start" targetRef="nowhere"/>"""));

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(garbage.json().get("code").asString()).isEqualTo("workflow-bpmn-invalid");
        assertThat(dangling.status()).isEqualTo(400);
        assertThat(dangling.json().get("code").asString()).isEqualTo("workflow-bpmn-invalid");
    }

    @Test
    void anUnknownProcedureHasNoProcessToReplace() {
        Api.Answer answer = Api.at(port).as("quantri").post("/api/v1/admin/workflows/9.999999", "application/xml",
                bpmn(""));

        assertThat(answer.status()).isEqualTo(404);
    }

    private static byte[] bpmn(String body) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
                             xmlns:flowable="http://flowable.org/bpmn" targetNamespace="https://tinhso.vn/bpmn">
                  <process id="tu_thiet_ke" name="Quy trình riêng của tỉnh" isExecutable="true">
                    <startEvent id="start"/>
                    %s
                    <endEvent id="end"/>
                  </process>
                </definitions>
                """.formatted(body)).strip().getBytes(StandardCharsets.UTF_8);
    }
}
