package vn.tinhso.organization.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tinhso.support.PlatformIntegrationTest;

/** The demo province loads through the import and loads only once, however often the platform restarts. */
@PlatformIntegrationTest
class DemoOrganizationIntegrationTest {

    @Autowired
    DemoOrganization demo;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadingTheDemoAgainAddsNeitherRowsNorAuditEntries() {
        // Other tests edit demo records (the administration pages rename an agency); loading puts them back first.
        demo.load();
        long rows = count("select (select count(*) from administrative_unit) + (select count(*) from agency)"
                + " + (select count(*) from staff_member)");
        long audit = count("select count(*) from audit_log where action like 'organization.%'");

        demo.load();

        assertThat(count("select (select count(*) from administrative_unit) + (select count(*) from agency)"
                + " + (select count(*) from staff_member)")).isEqualTo(rows);
        assertThat(count("select count(*) from audit_log where action like 'organization.%'")).isEqualTo(audit);
    }

    @Test
    void everyDemoRecordWasAuditedAsCreatedBySystem() {
        assertThat(count("select count(*) from audit_log where action = 'organization.staff.created' "
                + "and actor = 'system'")).isGreaterThanOrEqualTo(20);
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
