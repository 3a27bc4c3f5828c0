package vn.tinhso.dossier.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.Channel;
import vn.tinhso.dossier.Applicant;
import vn.tinhso.dossier.Comment;
import vn.tinhso.dossier.CurrentStep;
import vn.tinhso.dossier.DeliveryMethod;
import vn.tinhso.dossier.Dossier;
import vn.tinhso.dossier.DossierCode;
import vn.tinhso.dossier.DossierQueries;
import vn.tinhso.dossier.DossierStatus;
import vn.tinhso.dossier.Outcome;
import vn.tinhso.dossier.ReceivedDocument;
import vn.tinhso.dossier.Transition;

/** Dossiers in PostgreSQL (hồ sơ). */
@Repository
public class JdbcDossiers {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcDossiers(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The next number of the agency's day; call in the transaction that inserts the dossier. */
    public int nextSequence(String agencyCode, LocalDate day) {
        return jdbc.sql("""
                insert into dossier_sequence (agency_code, day, last_value) values (?, ?, 1)
                on conflict (agency_code, day) do update set last_value = dossier_sequence.last_value + 1
                returning last_value""").params(agencyCode, day).query(Integer.class).single();
    }

    /** The dossier and its handed-in documents in one statement (one round trip, however many documents). */
    public void insert(Dossier dossier, JsonNode formData, List<ReceivedDocument> documents) {
        Dossier.Facts facts = dossier.facts();
        jdbc.sql("""
                with received as (
                    insert into dossier (code, agency_code, procedure_code, procedure_version, case_id, channel,
                        status, applicant, applicant_id, applicant_phone, submitter, delivery, form_data, received_at,
                        received_by, original_due_at, due_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?::jsonb, ?, ?::jsonb, ?, ?, ?, ?)
                    returning code)
                insert into dossier_document (dossier_code, document_id, name, originals, copies, file_id, result_code)
                select received.code, document.* from received,
                       unnest(?::text[], ?::text[], ?::int[], ?::int[], ?::text[], ?::text[])
                           as document (document_id, name, originals, copies, file_id, result_code)""")
                .params(dossier.code().value(), facts.agencyCode(), facts.procedureCode(),
                        facts.procedureVersion(), facts.caseId(), facts.channel().name(), dossier.status().name(),
                        json.writeValueAsString(facts.applicant()), facts.applicant().idNumber(),
                        facts.applicant().phone(),
                        facts.submitter() == null ? null : json.writeValueAsString(facts.submitter()),
                        facts.delivery().name(), formData == null ? null : formData.toString(),
                        Timestamp.from(facts.receivedAt()), facts.receivedBy(), Timestamp.from(facts.originalDueAt()),
                        Timestamp.from(dossier.dueAt()),
                        documents.stream().map(ReceivedDocument::documentId).toArray(String[]::new),
                        documents.stream().map(ReceivedDocument::name).toArray(String[]::new),
                        documents.stream().map(ReceivedDocument::originals).toArray(Integer[]::new),
                        documents.stream().map(ReceivedDocument::copies).toArray(Integer[]::new),
                        documents.stream().map(ReceivedDocument::fileId).toArray(String[]::new),
                        documents.stream().map(ReceivedDocument::resultCode).toArray(String[]::new))
                .update();
    }

    /** Saves the mutable state; fails when someone else changed the dossier since it was read. */
    public boolean update(Dossier dossier) {
        return jdbc.sql("""
                update dossier set status = ?, due_at = ?, remaining_seconds = ?, statutory_due_at = ?,
                    statutory_remaining_seconds = ?, apology_issued = ?, finished_at = ?, outcome = ?,
                    version = version + 1
                where code = ? and version = ?""")
                .params(dossier.status().name(), Timestamp.from(dossier.dueAt()),
                        seconds(dossier.remainingWhilePaused()), Timestamp.from(dossier.statutoryDueAt()),
                        seconds(dossier.statutoryRemainingWhilePaused()),
                        dossier.apologyIssued(),
                        dossier.finishedAt() == null ? null : Timestamp.from(dossier.finishedAt()),
                        dossier.outcome() == null ? null : dossier.outcome().name(), dossier.code().value(),
                        versionOf(dossier))
                .update() == 1;
    }

    public void append(DossierCode code, List<Transition> transitions, String actor) {
        for (Transition t : transitions) {
            jdbc.sql("""
                    insert into dossier_event (dossier_code, at, actor, action, from_status, to_status, reason,
                        visible_to_citizen) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(code.value(), Timestamp.from(t.at()), actor, t.action(),
                            t.from() == null ? null : t.from().name(), t.to().name(), t.reason(),
                            t.visibleToCitizen())
                    .update();
        }
    }

    /**
     * What the public lookup needs, without the applicant's stored profile: it is the busiest read of the platform
     * and compares only the identification number and phone, which have columns of their own.
     */
    /**
     * The public lookup in one statement: the dossier when code and identity match (the id number, or the phone when
     * one is given), with its citizen-visible history and comments read from the same snapshot — one round trip and
     * no transaction for the province's busiest page. A wrong pair finds nothing, like an unknown code.
     */
    public Optional<PublicRow> findPublic(DossierCode code, String idNumber, String phone) {
        return jdbc.sql("""
                select d.procedure_code, d.procedure_version, d.status, d.current_steps, d.received_at, d.due_at,
                       d.outcome,
                       (select coalesce(json_agg(json_build_array(e.action, e.from_status, e.to_status, e.reason,
                                   to_char(e.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')) order by e.id),
                               '[]')
                        from dossier_event e where e.dossier_code = d.code and e.visible_to_citizen) as history,
                       (select coalesce(json_agg(json_build_array(c.id,
                                   to_char(c.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), c.author, c.text,
                                   to_json(c.file_ids)) order by c.id), '[]')
                        from dossier_comment c where c.dossier_code = d.code and c.visible_to_citizen) as comments
                from dossier d
                where d.code = ? and (d.applicant_id = cast(? as text)
                      or btrim(cast(? as text)) <> '' and d.applicant_phone = cast(? as text))""")
                .params(code.value(), idNumber, phone, phone)
                .query((rs, n) -> new PublicRow(rs.getString("procedure_code"), rs.getInt("procedure_version"),
                        DossierStatus.valueOf(rs.getString("status")), steps(rs.getString("current_steps")),
                        instant(rs, "received_at"), instant(rs, "due_at"),
                        rs.getString("outcome") == null ? null : Outcome.valueOf(rs.getString("outcome")),
                        history(rs.getString("history")), comments(rs.getString("comments"))))
                .optional();
    }

    /** A dossier as the public lookup shows it. */
    public record PublicRow(String procedureCode, int procedureVersion, DossierStatus status,
            List<CurrentStep> currentSteps, Instant receivedAt, Instant dueAt, Outcome outcome,
            List<Transition> history, List<Comment> comments) {
    }

    private List<Transition> history(String rows) {
        return json.readTree(rows).valueStream().map(row -> new Transition(row.get(0).asString(),
                status(row.get(1).isNull() ? null : row.get(1).asString()), DossierStatus.valueOf(row.get(2).asString()),
                row.get(3).isNull() ? null : row.get(3).asString(), true, Instant.parse(row.get(4).asString())))
                .toList();
    }

    private List<Comment> comments(String rows) {
        return json.readTree(rows).valueStream().map(row -> new Comment(row.get(0).asLong(),
                Instant.parse(row.get(1).asString()), row.get(2).asString(), row.get(3).asString(), true,
                row.get(4).valueStream().map(JsonNode::asString).toList())).toList();
    }

    public Optional<Dossier> find(DossierCode code) {
        return jdbc.sql("select * from dossier where code = ?").param(code.value()).query(this::dossier).optional();
    }

    /** Those of the given dossiers that were received through the channel. */
    public Set<String> receivedThrough(Collection<String> codes, Channel channel) {
        if (codes.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select code from dossier where code = any(?) and channel = ?")
                .params(codes.toArray(String[]::new), channel.name()).query(String.class).list());
    }

    /** What a process start reads, with the row locked: a narrow read, the start runs once per dossier. */
    public Optional<DossierQueries.ProcessStart> lockForProcessStart(DossierCode code) {
        return jdbc.sql("select status, procedure_code, procedure_version, due_at from dossier where code = ? for update")
                .param(code.value())
                .query((rs, n) -> new DossierQueries.ProcessStart(DossierStatus.valueOf(rs.getString(1)),
                        rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    public List<ReceivedDocument> documents(DossierCode code) {
        return jdbc.sql("select * from dossier_document where dossier_code = ? order by document_id")
                .param(code.value())
                .query((rs, n) -> new ReceivedDocument(rs.getString("document_id"), rs.getString("name"),
                        rs.getInt("originals"), rs.getInt("copies"), rs.getString("file_id"),
                        rs.getString("result_code")))
                .list();
    }

    public List<Transition> timeline(DossierCode code, boolean citizenView) {
        return jdbc.sql("select * from dossier_event where dossier_code = ?"
                        + (citizenView ? " and visible_to_citizen" : "") + " order by id")
                .param(code.value())
                .query((rs, n) -> new Transition(rs.getString("action"), status(rs.getString("from_status")),
                        DossierStatus.valueOf(rs.getString("to_status")), rs.getString("reason"),
                        rs.getBoolean("visible_to_citizen"), rs.getTimestamp("at").toInstant()))
                .list();
    }

    /**
     * Staff inbox: an agency's dossiers in the given statuses, soonest due first, optionally of one procedure, one
     * channel, or due before a moment.
     */
    public List<Dossier> inbox(String agencyCode, List<DossierStatus> statuses, String procedureCode, Channel channel,
            Instant dueBefore, int limit) {
        // Only the filters given, so that PostgreSQL plans each shape on the (agency, status, due) index instead of
        // one generic plan for every combination of optional conditions.
        StringBuilder sql = new StringBuilder("select * from dossier where agency_code = :agency and status = any(:statuses)");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", agencyCode);
        params.put("statuses", statuses.stream().map(Enum::name).toArray(String[]::new));
        if (procedureCode != null) {
            sql.append(" and procedure_code = :procedure");
            params.put("procedure", procedureCode);
        }
        if (channel != null) {
            sql.append(" and channel = :channel");
            params.put("channel", channel.name());
        }
        if (dueBefore != null) {
            sql.append(" and due_at < :dueBefore");
            params.put("dueBefore", Timestamp.from(dueBefore));
        }
        params.put("limit", limit);
        return jdbc.sql(sql.append(" order by due_at, code limit :limit").toString()).params(params)
                .query(this::dossier).list();
    }

    private Dossier dossier(ResultSet rs, int row) throws SQLException {
        String submitter = rs.getString("submitter");
        Dossier.Facts facts = new Dossier.Facts(rs.getString("agency_code"), rs.getString("procedure_code"),
                rs.getInt("procedure_version"), rs.getString("case_id"), Channel.valueOf(rs.getString("channel")),
                json.readValue(rs.getString("applicant"), Applicant.class),
                submitter == null ? null : json.readValue(submitter, Applicant.class),
                DeliveryMethod.valueOf(rs.getString("delivery")), instant(rs, "received_at"),
                instant(rs, "original_due_at"), rs.getString("received_by"));
        String outcome = rs.getString("outcome");
        return new Dossier(new DossierCode(rs.getString("code")), facts, DossierStatus.valueOf(rs.getString("status")),
                instant(rs, "due_at"), duration(rs, "remaining_seconds"), instant(rs, "statutory_due_at"),
                duration(rs, "statutory_remaining_seconds"), rs.getBoolean("apology_issued"),
                instant(rs, "finished_at"), outcome == null ? null : Outcome.valueOf(outcome), rs.getInt("version"),
                steps(rs.getString("current_steps")));
    }

    private List<CurrentStep> steps(String stored) {
        return stored == null ? List.of() : List.of(json.readValue(stored, CurrentStep[].class));
    }

    /** What the workflow reports as open now; not part of the optimistic lock, the workflow is its only writer. */
    /** @return whether the dossier exists */
    public boolean updateSteps(DossierCode code, List<CurrentStep> steps) {
        return jdbc.sql("update dossier set current_steps = ?::jsonb where code = ?")
                .params(json.writeValueAsString(steps), code.value()).update() == 1;
    }

    private static Duration duration(ResultSet rs, String column) throws SQLException {
        long seconds = rs.getLong(column);
        return rs.wasNull() ? null : Duration.ofSeconds(seconds);
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static DossierStatus status(String name) {
        return name == null ? null : DossierStatus.valueOf(name);
    }

    private static int versionOf(Dossier dossier) {
        return dossier.storedVersion();
    }}
