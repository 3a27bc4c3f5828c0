package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Việc chờ nhận: the unclaimed tasks an officer's inbox offers, read page by page from the engine. */
@PlatformIntegrationTest
class WaitingTasksIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    Workflows workflows;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anOfficerIsOfferedTheUnclaimedTasksOfTheirUnitsSoonestDueFirstAndNoMoreThanAsked() {
        Api counter = Api.at(port).as("motcua");
        String taken = LandDossiers.receive(counter, "094201008811");
        String first = LandDossiers.receive(counter, "094201008812");
        String second = LandDossiers.receive(counter, "094201008813");
        assertThat(counter.post("/api/v1/tasks/" + LandDossiers.taskId(counter, taken, "step_1") + "/claim", "")
                .status()).isEqualTo(200);

        List<TaskView> waiting = as("motcua", () -> workflows.waitingTasks(1_000));
        assertThat(waiting).extracting(TaskView::dossierCode).contains(first, second).doesNotContain(taken);
        assertThat(waiting).allSatisfy(task -> assertThat(task.assignee()).isNull());
        assertThat(waiting).extracting(TaskView::dueAt).isSorted();
        assertThat(as("motcua", () -> workflows.waitingTasks(1))).hasSize(1);

        assertThat(as("chuyenvien", () -> workflows.waitingTasks(1_000))).extracting(TaskView::dossierCode)
                .as("a department's specialist is not offered a commune's reception")
                .doesNotContain(first, second);
    }

    private static <T> T as(String username, java.util.function.Supplier<T> call) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, AuthorityUtils.createAuthorityList("AMR_pwd")));
        try {
            return call.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
