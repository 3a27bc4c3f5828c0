package vn.tinhso.catalog.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.ProcedureCatalog.ImportRow;
import vn.tinhso.catalog.ProcedureDefinition;

/** The workbook layout loses nothing: every demo procedure survives a write and a read unchanged. */
class ProcedureWorkbookTest {

    /** Configured as the platform's (application.yml): a flag left out of a document is false. */
    private final JsonMapper json = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
    private final ProcedureWorkbook workbook = new ProcedureWorkbook();

    @Test
    void writesAndReadsBackEveryDemoProcedureUnchanged() throws IOException {
        List<ProcedureDefinition> definitions = demoDefinitions();

        ProcedureWorkbook.Parsed parsed = workbook.read(workbook.write(definitions));
        List<ProcedureDefinition> readBack = parsed.rows().stream().map(ImportRow::definition).toList();

        assertThat(parsed.violations()).isEmpty();
        assertThat(readBack).hasSameSizeAs(definitions);
        for (int i = 0; i < definitions.size(); i++) {
            assertThat(json.writeValueAsString(readBack.get(i))).as(definitions.get(i).code())
                    .isEqualTo(json.writeValueAsString(definitions.get(i)));
            assertThat(readBack.get(i)).isEqualTo(definitions.get(i));
        }
    }

    private List<ProcedureDefinition> demoDefinitions() throws IOException {
        List<ProcedureDefinition> definitions = new ArrayList<>();
        try (InputStream portal = resource("procedures-national-portal.json");
             InputStream land = resource("land-certificate-soc-trang.json")) {
            new NationalPortalFormat().read(json.readTree(portal))
                    .forEach(row -> definitions.add(row.definition()));
            definitions.addAll(json.readValue(land, new TypeReference<List<ProcedureDefinition>>() { }));
        }
        return definitions;
    }

    private static InputStream resource(String name) {
        return ProcedureWorkbookTest.class.getResourceAsStream("/demo/catalog/" + name);
    }
}
