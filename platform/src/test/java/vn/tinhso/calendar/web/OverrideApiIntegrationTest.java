package vn.tinhso.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** Use case: the catalogue administrator enters a day off the government announced; it is audited and applied. */
@PlatformIntegrationTest
class OverrideApiIntegrationTest {

    private static final String OVERRIDES = "/api/v1/calendar/overrides";

    @LocalServerPort
    int port;

    @Test
    void onlyCatalogueAdministratorsMayChangeTheCalendar() {
        Api api = Api.at(port);
        Map<String, Object> dayOff = dayOff("2027-03-15");

        assertThat(api.post(OVERRIDES, dayOff).status()).isEqualTo(401);
        assertThat(api.as("congdan").post(OVERRIDES, dayOff).status()).isEqualTo(403);
        assertThat(api.as("congdan").delete(OVERRIDES + "/2026-01-02").status()).isEqualTo(403);
        assertThat(api.get(OVERRIDES + "?year=2026").status()).isEqualTo(200);
    }

    @Test
    void aDayOffEnteredByTheAdministratorChangesTheDeadlinesAndIsAudited() {
        Api api = Api.at(port);
        String mondayAnswer = "/api/v1/calendar/working-days/add?from=2027-03-12T03:00:00Z&days=1";
        assertThat(api.get(mondayAnswer).json().get("resultLocal").asString()).isEqualTo("2027-03-15T10:00:00");

        Api.Answer created = api.as("danhmuc").post(OVERRIDES, dayOff("2027-03-15"));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(OVERRIDES + "/2027-03-15");
        assertThat(created.json().get("createdBy").asString()).isEqualTo("danhmuc");
        assertThat(api.get(mondayAnswer).json().get("resultLocal").asString()).isEqualTo("2027-03-16T10:00:00");
        assertThat(api.get("/api/v1/calendar/days/2027-03-15").json().get("holiday").get("kind").asString())
                .isEqualTo("GOVERNMENT_DECISION");

        JsonNode audit = api.as("kiemtra")
                .get("/api/v1/audit/entries?objectType=CalendarOverride&objectId=2027-03-15").json();
        assertThat(audit.get(0).get("action").asString()).isEqualTo("calendar.override.added");
        assertThat(audit.get(0).get("actor").asString()).isEqualTo("danhmuc");

        assertThat(api.as("danhmuc").post(OVERRIDES, dayOff("2027-03-15")).json().get("code").asString())
                .isEqualTo("calendar-override-exists");

        assertThat(api.as("quantri").delete(OVERRIDES + "/2027-03-15").status()).isEqualTo(204);
        assertThat(api.get(mondayAnswer).json().get("resultLocal").asString()).isEqualTo("2027-03-15T10:00:00");
        JsonNode afterRemoval = api.as("kiemtra")
                .get("/api/v1/audit/entries?objectType=CalendarOverride&objectId=2027-03-15").json();
        assertThat(afterRemoval.get(0).get("action").asString()).isEqualTo("calendar.override.removed");
        assertThat(api.as("quantri").delete(OVERRIDES + "/2027-03-15").json().get("code").asString())
                .isEqualTo("calendar-override-not-found");
    }

    @Test
    void aWorkingSaturdayEnteredByTheAdministratorCountsAsAWorkingDay() {
        Api api = Api.at(port);
        Map<String, Object> saturday = Map.of("date", "2027-06-05", "kind", "WORKING_DAY",
                "nameVi", "Làm bù", "nameEn", "Make-up working day", "reference", "Thông báo thử nghiệm");

        assertThat(api.as("danhmuc").post(OVERRIDES, saturday).status()).isEqualTo(201);

        assertThat(api.get("/api/v1/calendar/days/2027-06-05").json().get("workingDay").asBoolean()).isTrue();
        assertThat(api.get("/api/v1/calendar/working-days/add?from=2027-06-04T03:00:00Z&days=1")
                .json().get("resultLocal").asString()).isEqualTo("2027-06-05T10:00:00");
    }

    @Test
    void anIncompleteOverrideIsRefused() {
        Api.Answer answer = Api.at(port).as("danhmuc").post(OVERRIDES, Map.of("date", "2027-03-16", "kind", "DAY_OFF"));

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().get("code").asString()).isEqualTo("validation-failed");
        Api.Answer outOfRange = Api.at(port).as("danhmuc").post(OVERRIDES, dayOff("2101-01-03"));
        assertThat(outOfRange.json().get("code").asString()).isEqualTo("date-out-of-range");
    }

    private static Map<String, Object> dayOff(String date) {
        return Map.of("date", date, "kind", "DAY_OFF", "nameVi", "Nghỉ theo thông báo",
                "nameEn", "Day off by notice", "reference", "Thông báo số 1/TB-VPCP (thử nghiệm)");
    }
}
