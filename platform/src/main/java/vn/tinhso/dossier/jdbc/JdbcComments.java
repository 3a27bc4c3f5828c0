package vn.tinhso.dossier.jdbc;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.dossier.Comment;

/** Officers' comments on dossiers (ý kiến xử lý) in PostgreSQL. */
@Repository
public class JdbcComments {

    private final JdbcClient jdbc;

    JdbcComments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Comment add(String dossierCode, Instant at, String author, String text, boolean visibleToCitizen,
            List<String> fileIds) {
        long id = jdbc.sql("""
                insert into dossier_comment (dossier_code, at, author, text, visible_to_citizen, file_ids)
                values (?, ?, ?, ?, ?, ?) returning id""")
                .params(dossierCode, Timestamp.from(at), author, text, visibleToCitizen, fileIds.toArray(String[]::new))
                .query(Long.class).single();
        return new Comment(id, at, author, text, visibleToCitizen, List.copyOf(fileIds));
    }

    public List<Comment> of(String dossierCode, boolean citizenView) {
        return jdbc.sql("select * from dossier_comment where dossier_code = ?"
                        + (citizenView ? " and visible_to_citizen" : "") + " order by id")
                .param(dossierCode)
                .query((rs, n) -> new Comment(rs.getLong("id"), rs.getTimestamp("at").toInstant(),
                        rs.getString("author"), rs.getString("text"), rs.getBoolean("visible_to_citizen"),
                        Arrays.asList((String[]) rs.getArray("file_ids").getArray())))
                .list();
    }
}
