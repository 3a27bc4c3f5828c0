package vn.tinhso;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Keeps the module boundaries: a module reaches another only through its root package (API) or events. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(TinhSoApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        String docs = System.getProperty("tinhso.docs.dir", "../docs");
        new Documenter(modules, Documenter.Options.defaults()
                .withOutputFolder(Path.of(docs, "modules").toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
