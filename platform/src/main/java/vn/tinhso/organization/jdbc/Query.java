package vn.tinhso.organization.jdbc;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Builds the filtered, accent-insensitive, ranked searches of the catalogue. Conditions are only added for the
 * filters a caller gives, so PostgreSQL never sees an untyped {@code null} parameter and the trigram indexes on
 * {@code vn_fold(name)} stay usable.
 */
final class Query {

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String table;
    private final String key;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> params = new LinkedHashMap<>();
    private String rank = "";

    /** A search of {@code table}, whose identifier column {@code key} also matches the search text exactly. */
    Query(String table, String key) {
        this.table = table;
        this.key = key;
    }

    /** Names folded with {@code vn_fold} contain the folded text; best matches first: exact, prefix, word, similar. */
    Query matching(String text, String... columns) {
        if (text == null || text.isBlank()) {
            return this;
        }
        String normalised = SPACES.matcher(text.strip()).replaceAll(" ");
        params.put("q", normalised);
        params.put("pattern", escapeLike(normalised));
        List<String> any = new ArrayList<>();
        List<String> tiers = new ArrayList<>();
        List<String> similarities = new ArrayList<>();
        for (String column : columns) {
            String folded = "vn_fold(" + column + ")";
            any.add(folded + " like '%' || vn_fold(:pattern) || '%'");
            tiers.add("case when " + folded + " = vn_fold(:q) then 0 when " + folded
                    + " like vn_fold(:pattern) || '%' then 1 when " + folded
                    + " like '% ' || vn_fold(:pattern) || '%' then 2 else 3 end");
            similarities.add("coalesce(similarity(" + folded + ", vn_fold(:q)), 0)");
        }
        any.add(key + " = :q");
        conditions.add("(" + String.join(" or ", any) + ")");
        rank = columns.length == 1 ? tiers.getFirst() + ", " + similarities.getFirst() + " desc, "
                : "least(" + String.join(", ", tiers) + "), greatest(" + String.join(", ", similarities) + ") desc, ";
        return this;
    }

    Query equal(String column, Object value) {
        if (value != null && !(value instanceof String text && text.isBlank())) {
            String name = "p" + params.size();
            conditions.add(column + " = :" + name);
            params.put(name, value instanceof Enum<?> constant ? constant.name() : value);
        }
        return this;
    }

    /** Rows whose period {@code [from, to]} contains {@code day}; no condition when {@code day} is null. */
    Query validOn(LocalDate day, String from, String to) {
        if (day != null) {
            String name = "p" + params.size();
            conditions.add("(" + from + " is null or " + from + " <= :" + name + ") and (" + to + " is null or "
                    + to + " >= :" + name + ")");
            params.put(name, day);
        }
        return this;
    }

    /** Rows whose array {@code column} holds {@code value}. */
    Query containing(String column, String value) {
        String name = "p" + params.size();
        conditions.add(":" + name + " = any(" + column + ")");
        params.put(name, value);
        return this;
    }

    <T> ResultPage<T> page(JdbcClient jdbc, RowMapper<T> mapper, String order,
            int page, int size) {
        long total = statement(jdbc, "select count(*) from " + table + where()).query(Long.class).single();
        String sql = "select * from " + table + where() + " order by " + rank + order + " limit " + size + " offset "
                + (long) page * size;
        return new ResultPage<>(statement(jdbc, sql).query(mapper).list(), page, size, total);
    }

    <T> List<T> list(JdbcClient jdbc, RowMapper<T> mapper, String order) {
        return statement(jdbc, "select * from " + table + where() + " order by " + rank + order).query(mapper).list();
    }

    private JdbcClient.StatementSpec statement(JdbcClient jdbc, String sql) {
        JdbcClient.StatementSpec statement = jdbc.sql(sql);
        for (Map.Entry<String, Object> param : params.entrySet()) {
            statement = statement.param(param.getKey(), param.getValue());
        }
        return statement;
    }

    private String where() {
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
