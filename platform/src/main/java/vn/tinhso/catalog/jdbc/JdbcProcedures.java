package vn.tinhso.catalog.jdbc;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.catalog.AdministrativeLevel;
import vn.tinhso.catalog.OnlineMode;
import vn.tinhso.catalog.Procedure;
import vn.tinhso.catalog.ProcedureCode;
import vn.tinhso.catalog.ProcedureDefinition;
import vn.tinhso.catalog.ProcedureQuery;
import vn.tinhso.catalog.ProcedureStatus;
import vn.tinhso.catalog.ProcedureSummary;
import vn.tinhso.catalog.RequiredDocument;

/** Procedure versions in PostgreSQL (thủ tục hành chính). */
@Repository
public class JdbcProcedures {

    /** Below this word similarity a name is not a typo-tolerant match. */
    private static final double TYPO_THRESHOLD = 0.45;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcProcedures(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Definitions of versions past their draft, which never change, by {@code code#version}. */
    private final Map<String, ProcedureDefinition> definitions = new java.util.concurrent.ConcurrentHashMap<>();

    public Optional<Procedure> find(ProcedureCode code, ProcedureStatus status) {
        return jdbc.sql("select code, version, status, published_at from procedure_version where code = ? and status = ?")
                .params(code.value(), status.name()).query(this::withDefinition).optional();
    }

    public Optional<Procedure> find(ProcedureCode code, int version) {
        return jdbc.sql("select code, version, status, published_at from procedure_version where code = ? and version = ?")
                .params(code.value(), version).query(this::withDefinition).optional();
    }

    /**
     * A version's status from its row, its definition from memory once read: every intake and lookup needs the
     * version in force, and a definition leaves the draft state never to change again (ADR 0006). Drafts are read
     * each time.
     */
    private Procedure withDefinition(ResultSet rs, int row) throws SQLException {
        ProcedureCode code = ProcedureCode.of(rs.getString("code"));
        int version = rs.getInt("version");
        ProcedureStatus status = ProcedureStatus.valueOf(rs.getString("status"));
        Timestamp published = rs.getTimestamp("published_at");
        ProcedureDefinition definition = status == ProcedureStatus.DRAFT ? definition(code, version)
                : definitions.computeIfAbsent(code.value() + "#" + version, key -> definition(code, version));
        return new Procedure(code, version, status, definition, published == null ? null : published.toInstant());
    }

    private ProcedureDefinition definition(ProcedureCode code, int version) {
        return json.readValue(jdbc.sql("select definition from procedure_version where code = ? and version = ?")
                .params(code.value(), version).query(String.class).single(), ProcedureDefinition.class);
    }

    public List<Procedure> versions(ProcedureCode code) {
        return jdbc.sql("select * from procedure_version where code = ? order by version")
                .param(code.value()).query(this::procedure).list();
    }

    public int nextVersion(ProcedureCode code) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from procedure_version where code = ?")
                .param(code.value()).query(Integer.class).single();
    }

    public void insert(Procedure procedure, String actor) {
        ProcedureDefinition definition = procedure.definition();
        jdbc.sql("""
                insert into procedure_version (code, version, status, name, field_code, field_name, levels,
                    online_mode, agencies, definition, body, created_by, published_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
                .params(procedure.code().value(), procedure.version(), procedure.status().name(), definition.name(),
                        fieldCode(definition), fieldName(definition), levels(definition),
                        definition.onlineMode().name(), definition.implementingAgencies().toArray(String[]::new),
                        json.writeValueAsString(definition), body(definition), actor, timestamp(procedure.publishedAt()))
                .update();
    }

    public void replaceDraft(Procedure draft) {
        ProcedureDefinition definition = draft.definition();
        jdbc.sql("""
                update procedure_version set name = ?, field_code = ?, field_name = ?, levels = ?, online_mode = ?,
                    agencies = ?, definition = ?::jsonb, body = ?
                where code = ? and status = 'DRAFT'""")
                .params(definition.name(), fieldCode(definition), fieldName(definition), levels(definition),
                        definition.onlineMode().name(), definition.implementingAgencies().toArray(String[]::new),
                        json.writeValueAsString(definition), body(definition), draft.code().value())
                .update();
    }

    public void changeStatus(ProcedureCode code, int version, ProcedureStatus status, Instant at) {
        String column = switch (status) {
            case PUBLISHED -> ", published_at = ?";
            case RETIRED -> ", retired_at = ?";
            default -> "";
        };
        List<Object> params = new ArrayList<>(List.of(status.name()));
        if (!column.isEmpty()) {
            params.add(Timestamp.from(at));
        }
        params.addAll(List.of(code.value(), version));
        jdbc.sql("update procedure_version set status = ?" + column + " where code = ? and version = ?")
                .params(params).update();
    }

    /**
     * Published procedures matching the query, best first: those containing every word of the query (found through
     * the full-text index); only when there is none, those whose name is similar to the query — a typo ("khai
     * sihn") — found through the trigram index. Computing trigram similarity beside every full-text match is what
     * made a single combined query slow on a province-sized catalogue (bench/, docs/benchmarks.md).
     */
    public List<ProcedureSummary> search(ProcedureQuery query) {
        Filters filters = Filters.of(query);
        int offset = query.page() * query.size();
        if (!query.hasText()) {
            return page(BROWSE, filters, Map.of(), query.size(), offset);
        }
        Map<String, Object> text = Map.of("q", query.text());
        boolean anyFullMatch = jdbc.sql("""
                select exists (select 1 from procedure_version p
                where p.status = 'PUBLISHED' and p.search @@ plainto_tsquery('simple', vn_fold(:q))""" + filters.sql()
                + ")").params(filters.with(text)).query(Boolean.class).single();
        if (anyFullMatch) {
            return page(FULL_MATCHES, filters, text, query.size(), offset);
        }
        // <% is word similarity above this transaction's threshold; it is answered from the trigram index.
        jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)")
                .param(Double.toString(TYPO_THRESHOLD)).query(String.class).single();
        return page(SIMILAR_NAMES, filters, text, query.size(), offset);
    }

    private static final String COLUMNS =
            "p.code, p.version, p.name, p.field_code, p.field_name, p.levels, p.online_mode, p.agencies";

    private static final String BROWSE = "select " + COLUMNS + ", 0.0 as score from procedure_version p"
            + " where p.status = 'PUBLISHED' {filters} order by p.name, p.code";

    /**
     * The name weighs most: cover density per name length (the query's words close together in a short name), then
     * the whole text (documents weigh little: a long list of documents mentioning the words must not beat a short
     * name), then trigram similarity to the name.
     */
    private static final String FULL_MATCHES = """
            with query as (select vn_fold(:q) as text, plainto_tsquery('simple', vn_fold(:q)) as ts)
            select {columns},
                   ts_rank_cd(p.name_vector, query.ts, 2) * 10
                     + ts_rank_cd('{0.01, 0.02, 0.4, 1.0}', p.search, query.ts, 1 | 32)
                     + similarity(query.text, p.name_folded) * 2 as score
            from procedure_version p, query
            where p.status = 'PUBLISHED' and p.search @@ query.ts {filters}
            order by score desc, p.name, p.code""".replace("{columns}", COLUMNS);

    private static final String SIMILAR_NAMES = """
            with query as (select vn_fold(:q) as text, plainto_tsquery('simple', vn_fold(:q)) as ts)
            select {columns}, word_similarity(query.text, p.name_folded) + similarity(query.text, p.name_folded) as score
            from procedure_version p, query
            where p.status = 'PUBLISHED' and query.text <% p.name_folded and not p.search @@ query.ts {filters}
            order by score desc, p.name, p.code""".replace("{columns}", COLUMNS);

    private List<ProcedureSummary> page(String template, Filters filters, Map<String, Object> text, int limit,
            int offset) {
        Map<String, Object> params = new HashMap<>(filters.with(text));
        params.put("limit", limit);
        params.put("offset", offset);
        return jdbc.sql(template.replace("{filters}", filters.sql()) + " limit :limit offset :offset").params(params)
                .query(JdbcProcedures::summary).list();
    }

    /** The optional filters of a search as SQL conditions and their parameters. */
    private record Filters(String sql, Map<String, Object> params) {

        static Filters of(ProcedureQuery query) {
            StringBuilder sql = new StringBuilder();
            Map<String, Object> params = new HashMap<>();
            if (query.field() != null) {
                sql.append(" and p.field_code = :field");
                params.put("field", query.field());
            }
            if (query.agency() != null) {
                sql.append(" and p.agencies @> array[cast(:agency as text)]");
                params.put("agency", query.agency());
            }
            if (query.level() != null) {
                sql.append(" and p.levels @> array[cast(:level as text)]");
                params.put("level", query.level().name());
            }
            if (query.onlineMode() != null) {
                sql.append(" and p.online_mode = :online");
                params.put("online", query.onlineMode().name());
            }
            return new Filters(sql.toString(), params);
        }

        Map<String, Object> with(Map<String, Object> more) {
            Map<String, Object> all = new HashMap<>(params);
            all.putAll(more);
            return all;
        }
    }

    /** All versions in force, for export. */
    public List<Procedure> published() {
        return jdbc.sql("select * from procedure_version where status = 'PUBLISHED' order by code")
                .query(this::procedure).list();
    }

    private Procedure procedure(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Procedure(ProcedureCode.of(rs.getString("code")), rs.getInt("version"),
                ProcedureStatus.valueOf(rs.getString("status")),
                json.readValue(rs.getString("definition"), ProcedureDefinition.class),
                published == null ? null : published.toInstant());
    }

    private static ProcedureSummary summary(ResultSet rs, int row) throws SQLException {
        return new ProcedureSummary(rs.getString("code"), rs.getInt("version"), rs.getString("name"),
                rs.getString("field_code"), rs.getString("field_name"),
                strings(rs.getArray("levels")).map(AdministrativeLevel::valueOf).toList(),
                OnlineMode.valueOf(rs.getString("online_mode")), strings(rs.getArray("agencies")).toList(),
                rs.getDouble("score"));
    }

    private static Stream<String> strings(Array array) throws SQLException {
        return array == null ? Stream.empty() : Arrays.stream((String[]) array.getArray());
    }

    private static String fieldCode(ProcedureDefinition definition) {
        return definition.field() == null ? null : definition.field().code();
    }

    private static String fieldName(ProcedureDefinition definition) {
        return definition.field() == null ? null : definition.field().name();
    }

    private static String[] levels(ProcedureDefinition definition) {
        return definition.levels().stream().map(Enum::name).toArray(String[]::new);
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    /** Documents, description and subjects: searched, with less weight than the name. */
    private static String body(ProcedureDefinition definition) {
        return Stream.of(Stream.ofNullable(definition.description()),
                        definition.subjects().stream(),
                        definition.resultTypes().stream(),
                        definition.documents().stream().map(RequiredDocument::name))
                .flatMap(s -> s)
                .collect(Collectors.joining(" \n"));
    }
}
