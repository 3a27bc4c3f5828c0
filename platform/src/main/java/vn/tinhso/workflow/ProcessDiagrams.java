package vn.tinhso.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.engine.HistoryService;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.catalog.ProcedureCatalog;
import vn.tinhso.workflow.bpmn.ProcessGenerator;
import vn.tinhso.workflow.bpmn.ProcessKeys;

/**
 * The BPMN 2.0 XML of processes, with their diagram information, for a viewer (bpmn-js) to draw: the process a
 * dossier follows, and the process a procedure would follow now (the province's own, or the generated one).
 */
@Service
public class ProcessDiagrams {

    private final HistoryService history;
    private final RepositoryService repository;
    private final ProcedureCatalog catalog;

    ProcessDiagrams(HistoryService history, RepositoryService repository, ProcedureCatalog catalog) {
        this.history = history;
        this.repository = repository;
        this.catalog = catalog;
    }

    /** The process the dossier follows, or empty when it has none (e.g. received before the workflow existed). */
    @Transactional(readOnly = true)
    public Optional<String> ofDossier(String dossierCode) {
        var started = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierCode)
                .orderByProcessInstanceStartTime().desc().listPage(0, 1);
        if (started.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(xml(repository.getProcessDefinition(started.getFirst().getProcessDefinitionId())));
    }

    /** The province's own process of the procedure if one was uploaded, otherwise the one generated from its steps. */
    @Transactional(readOnly = true)
    public String ofProcedure(String procedureCode) {
        ProcessDefinition own = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ProcessKeys.own(procedureCode)).latestVersion().singleResult();
        if (own != null) {
            return xml(own);
        }
        byte[] generated = new BpmnXMLConverter().convertToXML(ProcessGenerator.generate(catalog.current(procedureCode)));
        return new String(generated, StandardCharsets.UTF_8);
    }

    /** Whether the province uploaded its own process for the procedure. */
    @Transactional(readOnly = true)
    public boolean hasOwn(String procedureCode) {
        return repository.createProcessDefinitionQuery().processDefinitionKey(ProcessKeys.own(procedureCode))
                .count() > 0;
    }

    private String xml(ProcessDefinition definition) {
        try (InputStream in = repository.getResourceAsStream(definition.getDeploymentId(),
                definition.getResourceName())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
