package vn.tinhso.dossier.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import vn.tinhso.dossier.ResultDocument;

/** The result store and the ratings in PostgreSQL. */
@Repository
public class JdbcResults {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcResults(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Numbers results of a dossier 1, 2, ...; the dossier row is locked by its caller's update. */
    public ResultDocument add(String dossierCode, String applicantId, String name, String fileId, Instant at,
            String actor) {
        int n = jdbc.sql("select count(*) + 1 from dossier_result where dossier_code = ?").param(dossierCode)
                .query(Integer.class).single();
        String code = dossierCode + "-KQ" + n;
        jdbc.sql("""
                insert into dossier_result (code, dossier_code, applicant_id, name, file_id, issued_at, issued_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(code, dossierCode, applicantId, name, fileId, Timestamp.from(at), actor).update();
        return new ResultDocument(code, dossierCode, applicantId, name, fileId, at);
    }

    public Optional<ResultDocument> find(String code) {
        return jdbc.sql("select * from dossier_result where code = ?").param(code).query(JdbcResults::result)
                .optional();
    }

    public List<ResultDocument> ofApplicant(String applicantId) {
        return jdbc.sql("select * from dossier_result where applicant_id = ? order by issued_at desc")
                .param(applicantId).query(JdbcResults::result).list();
    }

    public List<ResultDocument> ofDossier(String dossierCode) {
        return jdbc.sql("select * from dossier_result where dossier_code = ? order by code")
                .param(dossierCode).query(JdbcResults::result).list();
    }

    /** Stores the rating unless one exists; returns whether it stored it. */
    public boolean rate(String dossierCode, int score, Map<String, Integer> criteria, String comment, Instant at) {
        return jdbc.sql("""
                insert into dossier_rating (dossier_code, score, criteria, comment, rated_at)
                values (?, ?, ?::jsonb, ?, ?) on conflict (dossier_code) do nothing""")
                .params(dossierCode, score, criteria == null ? null : json.writeValueAsString(criteria), comment,
                        Timestamp.from(at))
                .update() == 1;
    }

    private static ResultDocument result(ResultSet rs, int row) throws SQLException {
        return new ResultDocument(rs.getString("code"), rs.getString("dossier_code"), rs.getString("applicant_id"),
                rs.getString("name"), rs.getString("file_id"), rs.getTimestamp("issued_at").toInstant());
    }
}
