package vn.tinhso.files.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.files.FileId;
import vn.tinhso.files.StoredFile;

/** The metadata rows of stored files ({@code stored_file}). */
@Repository
public class StoredFiles {

    private final JdbcClient jdbc;

    StoredFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(StoredFile file) {
        jdbc.sql("""
                insert into stored_file (id, name, content_type, size_bytes, sha256, stored_at, stored_by)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(file.id().value(), file.name(), file.contentType(), file.sizeBytes(), file.sha256(),
                        Timestamp.from(file.storedAt()), file.storedBy())
                .update();
    }

    public Optional<StoredFile> find(FileId id) {
        return jdbc.sql("select * from stored_file where id = ?").param(id.value())
                .query(StoredFiles::row).optional();
    }

    private static StoredFile row(ResultSet rs, int rowNum) throws SQLException {
        return new StoredFile(new FileId(rs.getObject("id", UUID.class)), rs.getString("name"),
                rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                rs.getTimestamp("stored_at").toInstant(), rs.getString("stored_by"));
    }
}
