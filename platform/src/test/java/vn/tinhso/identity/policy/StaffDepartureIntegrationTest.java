package vn.tinhso.identity.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tinhso.organization.Organizations;
import vn.tinhso.support.Api;
import vn.tinhso.support.PlatformIntegrationTest;

/**
 * A staff member leaves: the organisation catalogue gets their last working day, and the day after it their sign-in
 * account is disabled — kept, with the staff record and the audit trail, but no longer able to sign in.
 */
@PlatformIntegrationTest
class StaffDepartureIntegrationTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StaffDepartures departures;

    @Autowired
    Organizations organizations;

    @Test
    void theAccountOfStaffWhoLeftIsDisabledTheDayAfterAndKeptWithItsHistory() {
        String username = "roidi-" + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("""
                insert into account (username, password_hash, display_name, roles, kind)
                select ?, password_hash, 'Lê Văn Rời', '{SPECIALIST}', 'STAFF' from account where username = 'quantri'
                """).param(username).update();
        Api admin = Api.at(port).as("danhmuc");
        Api.Answer created = admin.post("/api/v1/organization/staff", Map.of("fullName", "Lê Văn Rời",
                "agencyCode", "000.00.51.H92", "position", "Chuyên viên", "roles", List.of("SPECIALIST"),
                "username", username, "activeFrom", "2025-07-01"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().get("id").asString();

        departures.sweep(LocalDate.of(2026, 3, 1));
        assertThat(enabled(username)).as("an open-ended post keeps the account").isTrue();

        admin.post("/api/v1/organization/staff/" + id + "/close?activeTo=2026-02-27", "");
        departures.sweep(LocalDate.of(2026, 2, 27));
        assertThat(enabled(username)).as("still working on the last day").isTrue();
        assertThat(Api.at(port).as(username).get("/api/v1/me").status()).isEqualTo(200);

        departures.sweep(LocalDate.of(2026, 2, 28));

        assertThat(enabled(username)).isFalse();
        assertThat(jdbc.sql("select disabled_reason from account where username = ?").param(username)
                .query(String.class).single()).contains("2026-02-27");
        assertThat(Api.at(port).as(username).get("/api/v1/me").status()).as("cannot sign in any more")
                .isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from audit_log where action = 'identity.account.disabled' and object_id = ?")
                .param(username).query(Integer.class).single()).isEqualTo(1);
        assertThat(organizations.staffByUsername(username, LocalDate.of(2026, 1, 15))).as("history kept")
                .get().satisfies(member -> assertThat(member.fullName()).isEqualTo("Lê Văn Rời"));
        assertThat(departures.sweep(LocalDate.of(2026, 3, 1))).as("done once").isZero();
    }

    private boolean enabled(String username) {
        return jdbc.sql("select enabled from account where username = ?").param(username).query(Boolean.class)
                .single();
    }
}
