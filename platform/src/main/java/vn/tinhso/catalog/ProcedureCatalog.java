package vn.tinhso.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import vn.tinhso.audit.AuditLog;
import vn.tinhso.catalog.jdbc.JdbcProcedures;
import vn.tinhso.shared.Actor;

/**
 * The procedure catalogue's use cases: find and search what is in force, quote fees and time, and the
 * administrator's draft → publish → retire lifecycle. Every change is audited.
 */
@Service
public class ProcedureCatalog {

    private static final String AUDIT_TYPE = "Procedure";

    private final JdbcProcedures procedures;
    private final AuditLog audit;
    private final Clock clock = Clock.systemUTC();
    private final Map<String, String> names = new java.util.concurrent.ConcurrentHashMap<>();

    ProcedureCatalog(JdbcProcedures procedures, AuditLog audit) {
        this.procedures = procedures;
        this.audit = audit;
    }

    /** The version in force. */
    @Transactional(readOnly = true)
    public Procedure current(String code) {
        return procedures.find(ProcedureCode.of(code), ProcedureStatus.PUBLISHED)
                .orElseThrow(() -> new ProcedureNotFound(code));
    }

    /** A given version, whatever its status — what a dossier was submitted under. */
    @Transactional(readOnly = true)
    public Procedure version(String code, int version) {
        return procedures.find(ProcedureCode.of(code), version).orElseThrow(() -> new ProcedureNotFound(code));
    }

    /** Whether any version of the procedure exists, whatever its status. */
    @Transactional(readOnly = true)
    public boolean exists(String code) {
        return !procedures.versions(ProcedureCode.of(code)).isEmpty();
    }

    /**
     * The name of a procedure version — what dossiers show. Published, superseded and retired versions never
     * change, so their names are remembered; a draft's is read each time. Not transactional: the public lookup
     * asks for every dossier shown, and a transaction would take a second pooled connection for a remembered name.
     */
    public String name(String code, int version) {
        String key = code + "#" + version;
        String known = names.get(key);
        if (known != null) {
            return known;
        }
        Procedure procedure = version(code, version);
        if (procedure.status() != ProcedureStatus.DRAFT) {
            names.put(key, procedure.name());
        }
        return procedure.name();
    }

    @Transactional(readOnly = true)
    public List<Procedure> versions(String code) {
        List<Procedure> versions = procedures.versions(ProcedureCode.of(code));
        if (versions.isEmpty()) {
            throw new ProcedureNotFound(code);
        }
        return versions;
    }

    @Transactional(readOnly = true)
    public List<ProcedureSummary> search(ProcedureQuery query) {
        return procedures.search(query);
    }

    @Transactional(readOnly = true)
    public Quote quote(String code, QuoteRequest request) {
        return current(code).quote(request);
    }

    /** Checks data entered in the e-form of a procedure version's case; an empty list means valid. */
    @Transactional(readOnly = true)
    public List<FormError> validateForm(String code, int version, String caseId, JsonNode data) {
        Procedure procedure = version(code, version);
        EForm form = procedure.formFor(caseId).orElseThrow(() -> new ProcedureHasNoForm(code, caseId));
        return FormSchemas.validate(form, data);
    }

    /** The JSON Schema of a case's e-form, derived from its fields. */
    @Transactional(readOnly = true)
    public JsonNode formSchema(String code, String caseId) {
        Procedure procedure = current(code);
        return FormSchemas.schemaOf(procedure.formFor(caseId).orElseThrow(() -> new ProcedureHasNoForm(code, caseId)));
    }

    @Transactional(readOnly = true)
    public List<Procedure> published() {
        return procedures.published();
    }

    /** Saves the definition as the procedure's draft: a new version, or the draft being edited. */
    @Transactional
    public Procedure saveDraft(ProcedureDefinition definition) {
        rejectIfInvalid(DefinitionRules.check(definition, null, null));
        return upsertDraft(definition);
    }

    /** Publishes the draft; the version in force until now is superseded but kept. */
    @Transactional
    public Procedure publish(String code) {
        ProcedureCode procedureCode = ProcedureCode.of(code);
        Procedure draft = procedures.find(procedureCode, ProcedureStatus.DRAFT)
                .orElseThrow(() -> new ProcedureNotInStatus(code, ProcedureStatus.DRAFT));
        Instant now = clock.instant();
        Optional<Procedure> previous = procedures.find(procedureCode, ProcedureStatus.PUBLISHED);
        previous.ifPresent(old -> procedures.changeStatus(procedureCode, old.version(), ProcedureStatus.SUPERSEDED,
                now));
        procedures.changeStatus(procedureCode, draft.version(), ProcedureStatus.PUBLISHED, now);
        audit.record("catalog.procedure.published", AUDIT_TYPE, code,
                previous.map(old -> Map.of("version", old.version(), "status", "PUBLISHED")).orElse(null),
                Map.of("version", draft.version(), "status", "PUBLISHED"));
        return procedures.find(procedureCode, draft.version()).orElseThrow();
    }

    /** Withdraws the procedure (bãi bỏ): no new dossiers; existing ones keep their version. */
    @Transactional
    public void retire(String code) {
        ProcedureCode procedureCode = ProcedureCode.of(code);
        Procedure current = procedures.find(procedureCode, ProcedureStatus.PUBLISHED)
                .orElseThrow(() -> new ProcedureNotInStatus(code, ProcedureStatus.PUBLISHED));
        procedures.changeStatus(procedureCode, current.version(), ProcedureStatus.RETIRED, clock.instant());
        audit.record("catalog.procedure.retired", AUDIT_TYPE, code,
                Map.of("version", current.version(), "status", "PUBLISHED"),
                Map.of("version", current.version(), "status", "RETIRED"));
    }

    /**
     * Imports a batch all-or-nothing: every definition is checked first; if any breaks a rule, nothing is saved and
     * every violation is reported. Otherwise each becomes a draft and, if asked, is published.
     *
     * @param rows the definitions with the row each came from (for the report)
     */
    @Transactional
    public ImportResult importDefinitions(List<ImportRow> rows, boolean publish) {
        return importDefinitions(rows, List.of(), publish);
    }

    /** As {@link #importDefinitions(List, boolean)}, with violations already found while reading the file. */
    @Transactional
    public ImportResult importDefinitions(List<ImportRow> rows, List<ProcedureDefinitionInvalid.Violation> unreadable,
            boolean publish) {
        List<ProcedureDefinitionInvalid.Violation> violations = new ArrayList<>(unreadable);
        rows.forEach(row -> violations.addAll(DefinitionRules.check(row.definition(), row.sheet(), row.row())));
        rejectIfInvalid(violations);
        int created = 0;
        int unchanged = 0;
        for (ImportRow row : rows) {
            Optional<Procedure> current = procedures.find(ProcedureCode.of(row.definition().code()),
                    ProcedureStatus.PUBLISHED);
            if (current.isPresent() && current.get().definition().equals(row.definition())) {
                unchanged++;
                continue;
            }
            upsertDraft(row.definition());
            if (publish) {
                publish(row.definition().code());
            }
            created++;
        }
        return new ImportResult(rows.size(), created, unchanged);
    }

    private Procedure upsertDraft(ProcedureDefinition definition) {
        ProcedureCode code = ProcedureCode.of(definition.code());
        Optional<Procedure> draft = procedures.find(code, ProcedureStatus.DRAFT);
        Procedure saved;
        if (draft.isPresent()) {
            saved = new Procedure(code, draft.get().version(), ProcedureStatus.DRAFT, definition, null);
            procedures.replaceDraft(saved);
        } else {
            saved = new Procedure(code, procedures.nextVersion(code), ProcedureStatus.DRAFT, definition, null);
            procedures.insert(saved, Actor.current());
        }
        audit.record("catalog.procedure.draft-saved", AUDIT_TYPE, code.value(),
                draft.map(Procedure::definition).orElse(null), definition);
        return saved;
    }

    private static void rejectIfInvalid(List<ProcedureDefinitionInvalid.Violation> violations) {
        if (!violations.isEmpty()) {
            throw new ProcedureDefinitionInvalid(violations);
        }
    }

    /** A definition read from row {@code row} of {@code sheet} (both {@code null} for JSON). */
    public record ImportRow(ProcedureDefinition definition, String sheet, Integer row) {
    }

    /** How an import went. */
    public record ImportResult(int received, int saved, int unchanged) {
    }
}
