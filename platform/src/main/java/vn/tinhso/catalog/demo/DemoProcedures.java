package vn.tinhso.catalog.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.catalog.ProcedureCatalog.ImportRow;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.io.NationalPortalFormat;

/**
 * The demo catalogue: the real procedures published on the national portal (read through the same importer a
 * province would use) and the Sóc Trăng first-time land-use certificate in full detail from the seed document.
 * Only procedures not yet in the catalogue are loaded, so an administrator's edits survive restarts.
 */
@Component
@ConditionalOnProperty(name = "tinhso.demo.enabled", havingValue = "true")
class DemoProcedures {

    private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

    private final ProcedureCatalog catalog;
    private final NationalPortalFormat portal;
    private final DemoAgencies agencies;
    private final JsonMapper json;

    DemoProcedures(ProcedureCatalog catalog, NationalPortalFormat portal, DemoAgencies agencies, JsonMapper json) {
        this.catalog = catalog;
        this.portal = portal;
        this.agencies = agencies;
        this.json = json;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    void load() {
        List<ImportRow> rows = new ArrayList<>(portal.read(json.readTree(read("procedures-national-portal.json"))));
        List<ProcedureDefinition> detailed = json.readValue(read("land-certificate-soc-trang.json"),
                new TypeReference<>() { });
        detailed.forEach(definition -> rows.add(new ImportRow(definition, null, null)));
        List<ImportRow> missing = rows.stream().map(row -> new ImportRow(agencies.assign(row.definition()),
                row.sheet(), row.row())).filter(row -> !catalog.exists(row.definition().code())).toList();
        if (!missing.isEmpty()) {
            var result = catalog.importDefinitions(missing, true);
            log.info("Demo catalogue: {} procedures published", result.saved());
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = new ClassPathResource("demo/catalog/" + file).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
