package vn.tinhso.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.catalog.Channel;
import vn.tinhso.catalog.TimeLimit;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** A dossier's life after intake, its deadline clock, and what the citizen sees of it. */
@PlatformIntegrationTest
class DossierLifecycleIntegrationTest {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    @Autowired
    Deadlines deadlines;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void theAppointmentCountsWorkingDaysAcrossTet() {
        Instant thursdayBeforeTet = ZonedDateTime.of(2026, 2, 12, 10, 0, 0, 0, VIETNAM).toInstant();

        Instant threeDays = deadlines.dueAt(thursdayBeforeTet, limit(3, TimeLimit.Unit.WORKING_DAYS));
        Instant household = deadlines.dueAt(thursdayBeforeTet, limit(27, TimeLimit.Unit.WORKING_DAYS));

        // Fri 13/02 is day 1; Tết runs Sat 14/02 – Sun 22/02; Mon 23/02 is day 2, Tue 24/02 day 3.
        assertThat(threeDays).isEqualTo(ZonedDateTime.of(2026, 2, 24, 10, 0, 0, 0, VIETNAM).toInstant());
        // 27 working days: 1 before Tết, then 26 from Mon 23/02 — Mon 30/03/2026.
        assertThat(household).isEqualTo(ZonedDateTime.of(2026, 3, 30, 10, 0, 0, 0, VIETNAM).toInstant());
    }

    @Test
    void theClockStopsWhileWaitingForTheApplicantAndResumesWithWhatWasLeft() {
        Instant received = ZonedDateTime.of(2026, 3, 2, 9, 0, 0, 0, VIETNAM).toInstant(); // Monday
        Dossier dossier = Dossier.receive(new DossierCode("000.00.51.H92-260302-0001"), facts(received,
                deadlines.dueAt(received, limit(10, TimeLimit.Unit.WORKING_DAYS))));
        Instant asked = ZonedDateTime.of(2026, 3, 4, 9, 0, 0, 0, VIETNAM).toInstant();  // 2 working days used
        Instant supplied = ZonedDateTime.of(2026, 3, 11, 9, 0, 0, 0, VIETNAM).toInstant(); // a week later

        dossier.startProcessing(received);
        dossier.requestSupplement("Thiếu giấy chứng sinh bản chính", asked, calendar);
        dossier.supplementProvided(supplied, calendar);

        // 8 working days were left; they run from Wed 11/03: due Mon 23/03 09:00.
        assertThat(dossier.dueAt()).isEqualTo(ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, VIETNAM).toInstant());
        assertThat(dossier.facts().originalDueAt())
                .isEqualTo(ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, VIETNAM).toInstant());
    }

    @Test
    void anOfficerTakesADossierToItsResultAndTheCitizenFollowsIt() {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201007777");

        act(officer, code, "START_PROCESSING", null);
        JsonNode waiting = act(officer, code, "REQUEST_SUPPLEMENT", "Bổ sung bản chính giấy chứng sinh");
        assertThat(waiting.get("status").asString()).isEqualTo("WAITING_FOR_SUPPLEMENT");

        JsonNode seen = Api.at(port).get("/api/v1/public/dossiers/" + code + "?idNumber=094201007777").json();
        assertThat(seen.get("status").asString()).isEqualTo("WAITING_FOR_SUPPLEMENT");
        assertThat(seen.get("procedureName").asString()).isEqualTo("Thủ tục đăng ký khai sinh");
        assertThat(seen.get("history").valueStream().map(h -> h.get("action").asString()))
                .containsExactly("received", "supplement-requested");
        assertThat(seen.get("history").get(1).get("reason").asString()).isEqualTo("Bổ sung bản chính giấy chứng sinh");

        act(officer, code, "SUPPLEMENT_PROVIDED", null);
        JsonNode ready = act(officer, code, "RESULT_READY", null);
        assertThat(ready.get("outcome").asString()).isIn("EARLY", "ON_TIME");
        JsonNode returned = act(officer, code, "RETURN_RESULT", null);
        assertThat(returned.get("status").asString()).isEqualTo("RETURNED");
        assertThat(returned.get("timeline").valueStream().map(t -> t.get("action").asString())).containsExactly(
                "received", "processing-started", "supplement-requested", "supplement-provided", "result-ready",
                "result-returned");
        List<String> audited = officer.with("Authorization", basic("kiemtra"))
                .get("/api/v1/audit/entries?objectType=Dossier&objectId=" + code).json().valueStream()
                .map(row -> row.get("action").asString()).toList();
        assertThat(audited).contains("dossier.received", "dossier.request-supplement", "dossier.return-result");
    }

    @Test
    void theLookupRevealsNothingWhenCodeAndIdentityDoNotMatch() {
        String code = receive(Api.at(port).as("motcua"), "094201008888");
        Api anyone = Api.at(port);

        Api.Answer wrongPerson = anyone.get("/api/v1/public/dossiers/" + code + "?idNumber=094201009999");
        Api.Answer unknownCode = anyone.get("/api/v1/public/dossiers/000.00.51.H92-990101-0001?idNumber=094201008888");
        Api.Answer byPhone = anyone.get("/api/v1/public/dossiers/" + code + "?phone=0912345678");
        Api.Answer blankPhone = anyone.get("/api/v1/public/dossiers/" + code + "?phone=%20");
        Api.Answer nothing = anyone.get("/api/v1/public/dossiers/" + code);
        Api.Answer malformed = anyone.get("/api/v1/public/dossiers/khong-phai-ma?idNumber=094201008888");

        assertThat(blankPhone.status()).isEqualTo(404);
        assertThat(nothing.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
        assertThat(wrongPerson.status()).isEqualTo(404);
        assertThat(unknownCode.status()).isEqualTo(404);
        assertThat(wrongPerson.json().get("code").asString()).isEqualTo(unknownCode.json().get("code").asString());
        assertThat(byPhone.status()).isEqualTo(200);
        assertThat(byPhone.json().get("history").get(0).get("to").asString()).isEqualTo("RECEIVED");
        assertThat(byPhone.json().get("history").get(0).get("at").asString()).isNotBlank();
        assertThat(byPhone.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void refusingNeedsAReasonAndEndsTheDossier() {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201001212");

        Api.Answer noReason = officer.post("/api/v1/dossiers/" + code + "/actions/REFUSE", Map.of());
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("code").asString()).isEqualTo("dossier-reason-required");

        act(officer, code, "REFUSE", "Không thuộc thẩm quyền giải quyết");
        Api.Answer afterwards = officer.post("/api/v1/dossiers/" + code + "/actions/START_PROCESSING", "");
        assertThat(afterwards.status()).isEqualTo(409);
        assertThat(afterwards.json().get("code").asString()).isEqualTo("dossier-transition-not-allowed");
    }

    @Test
    void anApologyMovesTheAppointmentOnceButNotTheStatistics() {
        Api officer = Api.at(port).as("motcua");
        String code = receive(officer, "094201001313");
        act(officer, code, "START_PROCESSING", null);
        JsonNode before = officer.get("/api/v1/dossiers/" + code).json();
        Instant later = Instant.parse(before.get("dueAt").asString()).plus(Duration.ofDays(7));

        JsonNode apologised = officer.post("/api/v1/dossiers/" + code + "/actions/APOLOGISE",
                Map.of("reason", "Chờ xác minh của cơ quan công an", "newDueAt", later.toString())).json();
        assertThat(Instant.parse(apologised.get("dueAt").asString())).isEqualTo(later);
        assertThat(apologised.get("facts").get("originalDueAt").asString())
                .isEqualTo(before.get("facts").get("originalDueAt").asString());

        Api.Answer again = officer.post("/api/v1/dossiers/" + code + "/actions/APOLOGISE",
                Map.of("reason", "Lần hai", "newDueAt", later.plus(Duration.ofDays(3)).toString()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("code").asString()).isEqualTo("dossier-apology-not-allowed");
    }

    private String receive(Api officer, String idNumber) {
        Api.Answer answer = officer.post("/api/v1/dossiers",
                DossierRequests.birthRegistration(officer, "000.00.52.H92", idNumber));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        return answer.json().get("code").asString();
    }

    private static JsonNode act(Api officer, String code, String action, String reason) {
        Api.Answer answer = officer.post("/api/v1/dossiers/" + code + "/actions/" + action,
                reason == null ? Map.of() : Map.of("reason", reason));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private static String basic(String user) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + Api.DEMO_PASSWORD).getBytes());
    }

    private static TimeLimit limit(int amount, TimeLimit.Unit unit) {
        return new TimeLimit(java.math.BigDecimal.valueOf(amount), unit, null, null, null);
    }

    private static Dossier.Facts facts(Instant received, Instant due) {
        return new Dossier.Facts("000.00.51.H92", "1.001193", 1, null, Channel.COUNTER,
                new Applicant(Applicant.Kind.PERSON, "Lê Văn Cường", "094201001414", null, null, null), null,
                DeliveryMethod.COUNTER, received, due, "motcua");
    }
}
