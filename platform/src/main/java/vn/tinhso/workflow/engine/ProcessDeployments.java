package vn.tinhso.workflow.engine;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.workflow.BpmnInvalid;
import vn.tinhso.workflow.bpmn.ProcessGenerator;
import vn.tinhso.workflow.bpmn.ProcessKeys;

/**
 * Which process a procedure version runs, deployed on demand: the province's own BPMN when one was uploaded,
 * otherwise the one generated from the version's steps. Flowable keeps deployed definitions in its cache; a key is
 * deployed once and found by a query afterwards.
 */
@Component
class ProcessDeployments {

    private final RepositoryService repository;
    private final ProcessValidator validator = new ProcessValidatorFactory().createDefaultProcessValidator();

    ProcessDeployments(RepositoryService repository) {
        this.repository = repository;
    }

    /** The definition to start for a dossier of this procedure version. */
    ProcessDefinition definitionFor(Procedure procedure) {
        return latest(ProcessKeys.own(procedure.code().value()))
                .or(() -> latest(ProcessKeys.generated(procedure.code().value(), procedure.version())))
                .orElseGet(() -> deploy(ProcessGenerator.generate(procedure), "catalogue"));
    }

    /** Parses, validates and deploys a province's BPMN under the procedure's own key. */
    String deployOwn(String procedureCode, byte[] xml) {
        BpmnModel model = parse(procedureCode, xml);
        List<Process> processes = model.getProcesses().stream().filter(Process::isExecutable).toList();
        if (processes.size() != 1) {
            throw new BpmnInvalid(procedureCode, "exactly one executable process expected, found "
                    + processes.size());
        }
        String key = ProcessKeys.own(procedureCode);
        processes.getFirst().setId(key);
        List<String> errors = validator.validate(model).stream().filter(error -> !error.isWarning())
                .map(ValidationError::toString).toList();
        if (!errors.isEmpty()) {
            throw new BpmnInvalid(procedureCode, String.join("; ", errors));
        }
        return deploy(model, "uploaded").getKey();
    }

    /** Against the BPMN 2.0 schema, with external entities off: the file comes from outside. */
    private BpmnModel parse(String procedureCode, byte[] xml) {
        try {
            return new BpmnXMLConverter().convertToBpmnModel(new InputStreamSource(new ByteArrayInputStream(xml)),
                    true, true, "UTF-8");
        } catch (RuntimeException unreadable) {
            throw new BpmnInvalid(procedureCode, String.valueOf(unreadable.getMessage()));
        }
    }

    private java.util.Optional<ProcessDefinition> latest(String key) {
        return java.util.Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult());
    }

    private ProcessDefinition deploy(BpmnModel model, String source) {
        String key = model.getMainProcess().getId();
        var deployment = repository.createDeployment().key(key).name(key).category(source)
                .addBpmnModel(key + ".bpmn20.xml", model).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }
}
