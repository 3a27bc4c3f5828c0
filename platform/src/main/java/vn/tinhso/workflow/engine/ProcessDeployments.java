package vn.tinhso.workflow.engine;

import java.io.ByteArrayInputStream;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.impl.util.io.InputStreamSource;
import org.flowable.engine.RepositoryService;
import org.flowable.engine.repository.ProcessDefinition;
import org.flowable.validation.ProcessValidator;
import org.flowable.validation.ProcessValidatorFactory;
import org.flowable.validation.ValidationError;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.workflow.BpmnInvalid;
import vn.tinhso.workflow.bpmn.ProcessGenerator;
import vn.tinhso.workflow.bpmn.ProcessKeys;

/**
 * Which process a procedure version runs, deployed on demand: the province's own BPMN when one was uploaded,
 * otherwise the one generated from the version's steps. Flowable keeps deployed definitions in its cache; a key is
 * deployed once and found by a query afterwards.
 *
 * <p>The first dossiers of a procedure version, received in parallel, would each deploy its process and all but one
 * fail on Flowable's unique (key, version). So the deployment takes a PostgreSQL advisory lock on the key, held until
 * the intake commits: the others wait, then find the committed definition (on every node). If that intake rolls
 * back, so does its deployment, and the next one deploys.
 */
@Component
class ProcessDeployments {

    /** First key of the advisory locks this module takes ("WF"), so they cannot meet other modules' locks. */
    private static final int LOCK_SPACE = 0x5746;

    private final RepositoryService repository;
    private final JdbcTemplate jdbc;
    private final ProcessValidator validator = new ProcessValidatorFactory().createDefaultProcessValidator();

    /** How long a node keeps using the definition it found for a procedure version. */
    static final Duration REMEMBERED = Duration.ofSeconds(30);

    private final Map<String, Remembered> definitions = new ConcurrentHashMap<>();

    ProcessDeployments(RepositoryService repository, JdbcTemplate jdbc) {
        this.repository = repository;
        this.jdbc = jdbc;
    }

    /**
     * The definition to start for a dossier of this procedure version. Remembered for {@link #REMEMBERED}: asking the
     * engine twice per intake (own process? generated one?) was an eighth of an intake's CPU. A province's upload
     * clears it on the node that took the upload; other nodes follow within that time.
     *
     * @param procedure the procedure version, read only when its process must be looked up or deployed
     */
    ProcessDefinition definitionFor(String procedureCode, int version, Supplier<Procedure> procedure) {
        String generated = ProcessKeys.generated(procedureCode, version);
        Remembered remembered = definitions.get(generated);
        if (remembered != null && System.nanoTime() - remembered.at() < REMEMBERED.toNanos()) {
            return remembered.definition();
        }
        ProcessDefinition definition = latest(ProcessKeys.own(procedureCode))
                .or(() -> latest(generated)).orElseGet(() -> deployOnce(procedure.get(), generated));
        definitions.put(generated, new Remembered(definition, System.nanoTime()));
        return definition;
    }

    private record Remembered(ProcessDefinition definition, long at) {
    }

    /** Must run in a transaction (the intake's): the lock is released when it ends. */
    private ProcessDefinition deployOnce(Procedure procedure, String key) {
        jdbc.query("select pg_advisory_xact_lock(?, ?)", (ResultSet row) -> null, LOCK_SPACE, key.hashCode());
        return latest(key).orElseGet(() -> deploy(ProcessGenerator.generate(procedure), "catalogue"));
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
        String deployed = deploy(model, "uploaded").getKey();
        definitions.keySet().removeIf(generated -> ProcessKeys.generatedFor(generated, procedureCode));
        return deployed;
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

    private Optional<ProcessDefinition> latest(String key) {
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .latestVersion().singleResult());
    }

    private ProcessDefinition deploy(BpmnModel model, String source) {
        String key = model.getMainProcess().getId();
        var deployment = repository.createDeployment().key(key).name(key).category(source)
                .addBpmnModel(key + ".bpmn20.xml", model).deploy();
        return repository.createProcessDefinitionQuery().deploymentId(deployment.getId()).singleResult();
    }
}
