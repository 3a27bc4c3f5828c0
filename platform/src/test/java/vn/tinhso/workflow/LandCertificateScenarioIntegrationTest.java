package vn.tinhso.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.files.TestFiles;
import vn.tinhso.support.Api;
import vn.tinhso.support.Eventually;
import vn.tinhso.support.PlatformIntegrationTest;
import vn.tinhso.support.TestClock;

/**
 * The story of a household's first-time land-use certificate in Sóc Trăng (STG-DD-001, households: 27 working
 * days), received at Phường 1 on the Monday before Tết Ất Tỵ 2025 — when civil servants were off from Saturday 25
 * January to Sunday 2 February — and followed, on the platform's clock, through commune confirmation, the land
 * registration office, the asset authority's opinion and the tax agency's determination (both excluded from the
 * time limit), the department, the leader's signature, the payment-proof gate and the hand-over. Two neighbours'
 * dossiers received the same morning finish on the appointment day and after it.
 *
 * <p>Expected dates are counted by hand on the 2025 calendar, not computed with the calendar under test.
 */
@PlatformIntegrationTest
class LandCertificateScenarioIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aHouseholdsFirstLandCertificateCrossesTetPausesForTaxAndIsHandedOverEarlyAfterThePaymentProof() {
        Api counter = Api.at(port).as("motcua");
        Api leader = Api.at(port).as("quantri");
        String idNumber = "094201009901";

        // Monday 20 January 2025, 08:00: the household hands in its dossier at the ward's one-stop counter.
        at("2025-01-20T08:00");
        String code = LandDossiers.receive(counter, idNumber);
        assertThat(code).startsWith("000.11.29.H55-250120-");
        // 27 working days: 21–24 January (4), Tết off 27–31 January, then 3 February … 5 March (23 more).
        assertThat(dossier(counter, code).get("dueAt").asString()).isEqualTo(utc("2025-03-05T08:00"));

        at("2025-01-20T09:00");
        complete(counter, code, "step_1", Map.of());
        JsonNode commune = LandDossiers.openStep(counter, code, "step_2");
        assertThat(commune.get("interAgency").asBoolean()).isTrue();
        // The commune's own 5 working days also jump Tết: 21–24 January and Monday 3 February.
        assertThat(commune.get("dueAt").asString()).isEqualTo(utc("2025-02-03T09:00"));
        JsonNode lookup = lookup(code, idNumber);
        assertThat(lookup.get("status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(lookup.get("currentSteps").get(0).get("unitType").asString())
                .isEqualTo("COMMUNE_PEOPLES_COMMITTEE");

        // The commune is late: on Tuesday 4 February its step's timer flags it and offers it to the leaders.
        at("2025-02-04T09:00");
        Eventually.await("the commune's step flagged overdue", Duration.ofSeconds(90),
                () -> LandDossiers.openStep(counter, code, "step_2").get("overdue").asBoolean());
        assertThat(counter.get("/api/v1/tasks?overdue=true&group=LEADER").json().valueStream()
                .map(task -> task.get("dossierCode").asString())).contains(code);
        JsonNode escalations = Api.at(port).as("kiemtra")
                .get("/api/v1/audit/entries?objectType=DossierTask&objectId=" + code).json();
        assertThat(escalations.toString()).contains("workflow.step-overdue");
        assertThat(dossier(counter, code).get("timing").asString()).isEqualTo("ON_TRACK");

        // The commune confirms, with its signed record kept as an internal file.
        at("2025-02-04T10:00");
        String record = upload(counter, "Biên bản xác nhận hiện trạng");
        complete(counter, code, "step_2", Map.of("comment", "UBND phường xác nhận đất không tranh chấp",
                "fileIds", List.of(record)));
        at("2025-02-06T10:00");
        complete(counter, code, "step_3", Map.of());

        // The asset authority's opinion does not count toward the time limit: the clock stops.
        JsonNode paused = dossier(counter, code);
        assertThat(paused.get("status").asString()).isEqualTo("PAUSED");
        assertThat(lookup(code, idNumber).get("history").toString())
                .contains("Lấy ý kiến cơ quan quản lý nhà nước về tài sản");
        at("2025-02-10T10:00");
        complete(counter, code, "step_4", Map.of("comment", "Phòng Quản lý đô thị: tài sản phù hợp"));
        assertThat(dossier(counter, code).get("status").asString()).as("paused again for the tax agency")
                .isEqualTo("PAUSED");
        at("2025-02-12T10:00");
        complete(counter, code, "step_5", Map.of("comment",
                "Thông báo nộp tiền sử dụng đất 15.600.000 đồng và lệ phí trước bạ 500.000 đồng",
                "visibleToCitizen", true));
        JsonNode resumed = dossier(counter, code);
        assertThat(resumed.get("status").asString()).isEqualTo("IN_PROGRESS");
        // Stopped from 6 to 12 February 10:00 — four working days — so the appointment moves from 5 to 11 March.
        assertThat(resumed.get("dueAt").asString()).isEqualTo(utc("2025-03-11T08:00"));
        assertThat(lookup(code, idNumber).get("comments").toString()).contains("15.600.000 đồng")
                .doesNotContain("không tranh chấp");

        // The household must pay its obligations; the clock stops while it does.
        at("2025-02-12T10:30");
        LandDossiers.act(counter, code, "REQUEST_PAYMENT", "Nộp tiền sử dụng đất và lệ phí trước bạ theo thông báo thuế");
        at("2025-02-13T10:00");
        complete(counter, code, "step_6", Map.of());
        at("2025-02-14T10:00");
        complete(leader, code, "step_7", Map.of("comment", "Ký Giấy chứng nhận số CS 01234"));

        // Hand-over waits for the payment proof.
        at("2025-02-14T10:30");
        Api.Answer gate = counter.post("/api/v1/tasks/" + LandDossiers.openStep(counter, code, "step_8").get("id").asString()
                + "/complete", Map.of("decision", "APPROVE"));
        assertThat(gate.status()).isEqualTo(409);
        assertThat(gate.json().get("code").asString()).isEqualTo("workflow-payment-proof-required");

        at("2025-02-17T10:30");
        LandDossiers.act(counter, code, "PAYMENT_RECEIVED", "Biên lai thu số 0012345 ngày 17/02/2025, Kho bạc Nhà nước Sóc Trăng");
        // Waiting from 12 February 10:30 to 17 February 10:30: three working days more, to 14 March.
        assertThat(dossier(counter, code).get("dueAt").asString()).isEqualTo(utc("2025-03-14T08:00"));
        String certificate = upload(counter, "Giấy chứng nhận CS 01234");
        assertThat(counter.post("/api/v1/dossiers/" + code + "/results",
                Map.of("name", "Giấy chứng nhận quyền sử dụng đất số CS 01234", "fileId", certificate)).status())
                .isEqualTo(201);
        complete(counter, code, "step_8", Map.of());

        JsonNode ready = dossier(counter, code);
        assertThat(ready.get("status").asString()).isEqualTo("RESULT_READY");
        assertThat(ready.get("outcome").asString()).isEqualTo("EARLY");
        assertThat(ready.get("currentSteps")).isEmpty();
        LandDossiers.act(counter, code, "RETURN_RESULT", null);
        JsonNode returned = lookup(code, idNumber);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("history").valueStream().map(entry -> entry.get("action").asString()).toList())
                .containsSubsequence("received", "step-entered", "paused", "resumed",
                        "paused", "resumed", "payment-requested", "payment-received", "result-ready",
                        "result-returned");
        assertThat(counter.get("/api/v1/results?idNumber=" + idNumber).json().toString()).contains("CS 01234");
    }

    @Test
    void neighboursReceivedTheSameMorningFinishOnTheDayAndLateDespiteTheirApology() {
        Api counter = Api.at(port).as("motcua");
        at("2025-01-20T08:00");
        String onTime = LandDossiers.receive(counter, "094201009902");
        String late = LandDossiers.receive(counter, "094201009903");

        // Five working days before the appointment of 5 March, less than a fifth of the 27 days is left.
        at("2025-02-27T08:30");
        assertThat(inbox(counter, "AT_RISK")).contains(onTime, late);
        Api.Answer apology = counter.post("/api/v1/dossiers/" + late + "/actions/APOLOGISE",
                Map.of("reason", "Chờ đo đạc lại ranh giới thửa đất", "newDueAt", utc("2025-03-12T08:00")));
        assertThat(apology.status()).as(apology.toString()).isEqualTo(200);

        at("2025-03-05T07:45");
        driveToResult(counter, onTime);
        assertThat(dossier(counter, onTime).get("outcome").asString()).isEqualTo("ON_TIME");

        at("2025-03-06T09:00");
        assertThat(inbox(counter, "OVERDUE")).as("the apology does not hide a late dossier").contains(late);
        driveToResult(counter, late);
        JsonNode settled = dossier(counter, late);
        assertThat(settled.get("dueAt").asString()).isEqualTo(utc("2025-03-12T08:00"));
        assertThat(settled.get("outcome").asString()).isEqualTo("LATE");
    }

    /** Every step at the same moment, the payment proof before the hand-over. */
    private void driveToResult(Api counter, String code) {
        for (String step : List.of("step_1", "step_2", "step_3", "step_4", "step_5", "step_6", "step_7")) {
            complete(counter, code, step, Map.of());
        }
        LandDossiers.act(counter, code, "REQUEST_PAYMENT", "Nộp lệ phí trước bạ");
        LandDossiers.act(counter, code, "PAYMENT_RECEIVED", "Biên lai thu số 0020001");
        complete(counter, code, "step_8", Map.of());
    }

    private void at(String vietnamTime) {
        clock.travelTo(Instant.parse(utc(vietnamTime)));
    }

    /** A Vietnamese wall-clock time as the API writes instants. */
    private static String utc(String vietnamTime) {
        return OffsetDateTime.parse(vietnamTime + "+07:00").toInstant().toString();
    }

    private JsonNode lookup(String code, String idNumber) {
        Api.Answer answer = Api.at(port).get("/api/v1/public/dossiers/" + code + "?idNumber=" + idNumber);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode dossier(Api officer, String code) {
        return officer.get("/api/v1/dossiers/" + code).json();
    }

    private static List<String> inbox(Api officer, String timing) {
        return officer.get("/api/v1/dossiers?agency=000.11.29.H55&timing=" + timing + "&limit=500").json()
                .valueStream().map(item -> item.get("code").asString()).toList();
    }


    private static void complete(Api officer, String code, String stepKey, Map<String, Object> decision) {
        Api.Answer answer = officer.post("/api/v1/tasks/" + LandDossiers.openStep(officer, code, stepKey).get("id").asString()
                + "/complete", decision);
        assertThat(answer.status()).as(stepKey + ": " + answer).isEqualTo(200);
    }


    private static String upload(Api officer, String title) {
        Api.Answer stored = officer.postFile("/api/v1/files", "file", title + ".pdf", "application/pdf",
                TestFiles.pdf(title));
        assertThat(stored.status()).as(stored.toString()).isEqualTo(201);
        return stored.json().get("id").asString();
    }
}
