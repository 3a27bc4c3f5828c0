package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** The task list's filters on the dossier's procedure and channel, which the process does not carry as variables. */
@PlatformIntegrationTest
class TaskFilterIntegrationTest {

    @LocalServerPort
    int port;

    @Test
    void tasksAreFilteredByTheirDossiersProcedureAndChannel() {
        Api counter = Api.at(port).as("motcua");
        String code = LandDossiers.receive(counter, "094201007801");

        assertThat(dossiersOf(counter, "?procedure=" + LandDossiers.LAND)).contains(code);
        assertThat(dossiersOf(counter, "?procedure=1.001193")).doesNotContain(code);
        assertThat(dossiersOf(counter, "?procedure=KHONG-CO")).isEmpty();
        assertThat(dossiersOf(counter, "?channel=COUNTER")).contains(code);
        assertThat(dossiersOf(counter, "?channel=ONLINE")).doesNotContain(code);
        assertThat(dossiersOf(counter, "?procedure=" + LandDossiers.LAND + "&channel=COUNTER")).contains(code);
    }

    private static List<String> dossiersOf(Api officer, String query) {
        Api.Answer answer = officer.get("/api/v1/tasks" + query);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().valueStream().map(task -> task.get("dossierCode").asString()).toList();
    }
}
