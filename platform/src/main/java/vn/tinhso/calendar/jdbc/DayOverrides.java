package vn.tinhso.calendar.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.calendar.rules.DayOverride;

/** The government's corrections, one row per day. */
@Repository
public class DayOverrides {

    private final JdbcClient jdbc;

    DayOverrides(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<DayOverride> inYear(int year) {
        return jdbc.sql("select * from calendar_override where day between ? and ? order by day")
                .params(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(DayOverrides::override).list();
    }

    public List<DayOverride> all() {
        return jdbc.sql("select * from calendar_override order by day").query(DayOverrides::override).list();
    }

    public Optional<DayOverride> find(LocalDate day) {
        return jdbc.sql("select * from calendar_override where day = ?").param(day)
                .query(DayOverrides::override).optional();
    }

    /** Locks the row, so a concurrent removal waits for us. */
    public Optional<DayOverride> findForUpdate(LocalDate day) {
        return jdbc.sql("select * from calendar_override where day = ? for update").param(day)
                .query(DayOverrides::override).optional();
    }

    /** Adds the row unless the day already has one; answers whether it was added. */
    public boolean addIfAbsent(DayOverride override) {
        return jdbc.sql("""
                insert into calendar_override (day, kind, name_vi, name_en, reference, note, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (day) do nothing""")
                .params(override.date(), override.kind().name(), override.nameVi(), override.nameEn(),
                        override.reference(), override.note(), override.createdBy(),
                        Timestamp.from(override.createdAt()))
                .update() == 1;
    }

    public void remove(LocalDate day) {
        jdbc.sql("delete from calendar_override where day = ?").param(day).update();
    }

    private static DayOverride override(ResultSet rs, int row) throws SQLException {
        return new DayOverride(rs.getObject("day", LocalDate.class), DayOverride.Kind.valueOf(rs.getString("kind")),
                rs.getString("name_vi"), rs.getString("name_en"), rs.getString("reference"), rs.getString("note"),
                rs.getString("created_by"), rs.getTimestamp("created_at").toInstant());
    }
}
