package vn.tinhso.organization.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import vn.tinhso.organization.io.AgencySheet;
import vn.tinhso.organization.io.CatalogueFiles;
import vn.tinhso.organization.io.ImportSummary;
import vn.tinhso.organization.io.Sheet;
import vn.tinhso.organization.io.StaffSheet;
import vn.tinhso.organization.io.UnitSheet;

/**
 * Loads the demo province — Sóc Trăng before 2025-07-01, the Sóc Trăng part of Cần Thơ after — from the CSV files
 * under {@code demo/organization/}, through the same import as an administrator's upload. The import leaves
 * unchanged records alone, so a restart adds neither rows nor audit entries.
 */
@Component
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoOrganization {

    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final String FOLDER = "demo/organization/";

    private final CatalogueFiles files;
    private final UnitSheet units;
    private final AgencySheet agencies;
    private final StaffSheet staff;

    DemoOrganization(CatalogueFiles files, UnitSheet units, AgencySheet agencies, StaffSheet staff) {
        this.files = files;
        this.units = units;
        this.agencies = agencies;
        this.staff = staff;
    }

    /** Units first: agencies name the unit they serve, staff the agency they work in. */
    @EventListener(ApplicationReadyEvent.class)
    void load() {
        load(units, "administrative-units.csv");
        load(agencies, "agencies.csv");
        load(staff, "staff.csv");
    }

    private void load(Sheet<?> sheet, String file) {
        ImportSummary summary = files.importCsv(sheet, read(FOLDER + file));
        log.info("Demo {}: {} created, {} updated, {} unchanged", file, summary.created(), summary.updated(),
                summary.unchanged());
    }

    private static byte[] read(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
