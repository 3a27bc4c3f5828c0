package vn.tinhso.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.calendar.Holiday;
import vn.tinhso.calendar.WorkingCalendar;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/** The public calendar API over real HTTP, on the rules and decisions seeded in PostgreSQL. */
@PlatformIntegrationTest
class CalendarApiIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Test
    void listsTheHolidaysOf2026WithTheirLegalBasis() {
        Api.Answer answer = Api.at(port).get("/api/v1/calendar/holidays?year=2026");

        assertThat(answer.status()).isEqualTo(200);
        JsonNode holidays = answer.json().get("holidays");
        assertThat(dates(holidays)).contains("2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-04-26",
                "2026-04-27", "2026-04-30", "2026-05-01", "2026-09-02", "2026-09-03");
        JsonNode tet = find(holidays, "2026-02-17");
        assertThat(tet.get("nameVi").asString()).isEqualTo("Tết Âm lịch");
        assertThat(tet.get("kind").asString()).isEqualTo("STATUTORY");
        assertThat(tet.get("legalBasis").asString())
                .isEqualTo("Điều 112 khoản 1 điểm b Bộ luật Lao động 2019 (Luật số 45/2019/QH14)");
        assertThat(find(holidays, "2026-04-27").get("kind").asString()).isEqualTo("COMPENSATORY");
        assertThat(find(holidays, "2026-01-02").get("kind").asString()).isEqualTo("GOVERNMENT_DECISION");
        assertThat(answer.json().get("extraWorkingDays").get(0).asString()).isEqualTo("2026-01-10");
    }

    @Test
    void theSeededDecisionsOf2025GiveTheDaysOffTheGovernmentAnnounced() {
        // Tết Ất Tỵ: Sat 25/01 – Sun 02/02/2025, back to work on Monday 03/02.
        for (LocalDate day = LocalDate.of(2025, 1, 25); !day.isAfter(LocalDate.of(2025, 2, 2)); day = day.plusDays(1)) {
            assertThat(calendar.isWorkingDay(day)).as(day.toString()).isFalse();
        }
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 2, 3))).isTrue();
        // 30/4 – 04/5/2025 with Friday 02/05 swapped for Saturday 26/04.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 5, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 4, 26))).isTrue();
        // Quốc khánh: Sat 30/08 – Tue 02/09/2025.
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 1))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2025, 9, 3))).isTrue();
        // Earlier laws: Quốc khánh had one day under the Labour Code 2012.
        assertThat(calendar.holidays(2019)).extracting(Holiday::date)
                .contains(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 2, 4)).doesNotContain(LocalDate.of(2019, 9, 3));
        assertThat(calendar.holidays(2012)).filteredOn(h -> h.nameVi().equals("Tết Âm lịch")).hasSize(4);
    }

    @Test
    void convertsASolarDateToTheLunarCalendar() {
        Api.Answer answer = Api.at(port).get("/api/v1/calendar/lunar?date=2026-02-17");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("solarDate").asString()).isEqualTo("2026-02-17");
        assertThat(answer.json().get("year").asInt()).isEqualTo(2026);
        assertThat(answer.json().get("month").asInt()).isEqualTo(1);
        assertThat(answer.json().get("day").asInt()).isEqualTo(1);
        assertThat(answer.json().get("leapMonth").asBoolean()).isFalse();
        assertThat(answer.json().get("yearName").asString()).isEqualTo("Bính Ngọ");
    }

    @Test
    void addsWorkingDaysAcrossTet() {
        Api.Answer answer = Api.at(port).get("/api/v1/calendar/working-days/add?from=2026-02-12T03:00:00Z&days=3");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("result").asString()).isEqualTo("2026-02-24T03:00:00Z");
        assertThat(answer.json().get("resultLocal").asString()).isEqualTo("2026-02-24T10:00:00");
    }

    @Test
    void addsWorkingDaysAndHoursTogether() {
        // Saturday → Monday 07:30; + 1 day → Tuesday 07:30; + 8 h → Wednesday 08:00.
        Api.Answer answer = Api.at(port)
                .get("/api/v1/calendar/working-days/add?from=2026-03-07T03:00:00Z&days=1&hours=8");

        assertThat(answer.json().get("start").asString()).isEqualTo("2026-03-09T00:30:00Z");
        assertThat(answer.json().get("resultLocal").asString()).isEqualTo("2026-03-11T08:00:00");
    }

    @Test
    void countsWorkingTimeBetweenTwoInstants() {
        Api.Answer answer = Api.at(port).get(
                "/api/v1/calendar/working-days/between?from=2026-02-12T03:00:00Z&to=2026-02-24T05:00:00Z");

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("workingDays").asLong()).isEqualTo(3);
        // 10:00 → 12:00 on the last day, with the lunch break from 11:30: 1 h 30 min.
        assertThat(answer.json().get("hours").asLong()).isEqualTo(1);
        assertThat(answer.json().get("minutes").asLong()).isEqualTo(30);
        assertThat(answer.json().get("totalMinutes").asLong()).isEqualTo(3 * 450 + 90);
    }

    @Test
    void tellsWhetherADayIsWorked() {
        Api.Answer answer = Api.at(port).get("/api/v1/calendar/days/2026-04-27");

        assertThat(answer.json().get("workingDay").asBoolean()).isFalse();
        assertThat(answer.json().get("holiday").get("kind").asString()).isEqualTo("COMPENSATORY");
        assertThat(answer.json().get("lunar").get("day").asInt()).isEqualTo(11);
    }

    @Test
    void theJavaApiAgreesWithTheHttpApi() {
        Instant from = Instant.parse("2026-02-12T03:00:00Z");

        assertThat(calendar.addWorkingDays(from, 3)).isEqualTo(Instant.parse("2026-02-24T03:00:00Z"));
        assertThat(calendar.addWorkingHours(from, 0)).isEqualTo(from);
        assertThat(calendar.workingTimeBetween(from, calendar.addWorkingTime(from, Duration.ofHours(16))).total())
                .isEqualTo(Duration.ofHours(16));
    }

    @Test
    void malformedInputIsAProblemWithAStableCode() {
        Api api = Api.at(port);

        assertProblem(api.get("/api/v1/calendar/lunar?date=2026-13-01"), "invalid-parameter");
        assertProblem(api.get("/api/v1/calendar/lunar"), "missing-parameter");
        assertProblem(api.get("/api/v1/calendar/working-days/add?from=yesterday&days=1"), "invalid-parameter");
        assertProblem(api.get("/api/v1/calendar/holidays?year=1899"), "date-out-of-range");
        assertProblem(api.get("/api/v1/calendar/lunar?date=2101-01-01"), "date-out-of-range");
        assertProblem(api.get("/api/v1/calendar/working-days/add?from=2100-12-30T03:00:00Z&days=10"),
                "date-out-of-range");
        assertProblem(api.get("/api/v1/calendar/working-days/add?from=2026-02-12T03:00:00Z&days=-1"),
                "negative-working-time");
        assertProblem(api.get("/api/v1/calendar/working-days/add?from=2026-02-12T03:00:00Z&hours=-8"),
                "negative-working-time");
        assertProblem(api.get("/api/v1/calendar/working-days/add?from=2026-02-12T03:00:00Z"),
                "working-time-missing");
        assertProblem(api.get(
                "/api/v1/calendar/working-days/between?from=2026-02-12T03:00:00Z&to=2026-02-11T03:00:00Z"),
                "end-before-start");
    }

    @Test
    void theProblemSpeaksVietnameseAndEnglish() {
        Api.Answer answer = Api.at(port).get("/api/v1/calendar/holidays?year=1899");

        assertThat(answer.json().get("title").asString()).isEqualTo("Ngày nằm ngoài phạm vi lịch");
        assertThat(answer.json().get("messages").get("vi").asString())
                .isEqualTo("Giá trị 1899 nằm ngoài phạm vi lịch hỗ trợ (từ 1900-01-01 đến 2100-12-31).");
        assertThat(answer.json().get("messages").get("en").asString()).startsWith("1899 is outside the range");
    }

    private static void assertProblem(Api.Answer answer, String code) {
        assertThat(answer.status()).as(answer.toString()).isEqualTo(400);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.json().get("code").asString()).isEqualTo(code);
    }

    private static List<String> dates(JsonNode holidays) {
        return StreamSupport.stream(holidays.spliterator(), false).map(h -> h.get("date").asString()).toList();
    }

    private static JsonNode find(JsonNode holidays, String date) {
        return StreamSupport.stream(holidays.spliterator(), false)
                .filter(h -> h.get("date").asString().equals(date)).findFirst().orElseThrow();
    }
}
