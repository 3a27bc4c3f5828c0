package vn.tinhso.organization.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.organization.AdministrativeUnit;
import vn.tinhso.organization.UnitKind;
import vn.tinhso.organization.UnitLevel;

/** The administrative units (đơn vị hành chính) in PostgreSQL. */
@Repository
public class Units {

    private static final String TABLE = "administrative_unit";
    private static final String ORDER = "code";

    private final JdbcClient jdbc;

    Units(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<AdministrativeUnit> find(String code) {
        return jdbc.sql("select * from administrative_unit where code = ?").param(code).query(Units::unit).optional();
    }

    /** The unit as it was on {@code day}, if it existed then. */
    public Optional<AdministrativeUnit> findOn(String code, LocalDate day) {
        return find(code).filter(unit -> unit.validOn(day));
    }

    /** Units whose name (accents ignored) or code matches {@code text}, filtered, valid on {@code day}. */
    public ResultPage<AdministrativeUnit> search(String text, UnitLevel level, String parent, LocalDate day, int page,
            int size) {
        return new Query(TABLE, "code").matching(text, "name").equal("level", level).equal("parent_code", parent)
                .validOn(day, "valid_from", "valid_to").page(jdbc, Units::unit, ORDER, page, size);
    }

    public List<AdministrativeUnit> children(String code, LocalDate day) {
        return new Query(TABLE, "code").equal("parent_code", code).validOn(day, "valid_from", "valid_to")
                .list(jdbc, Units::unit, ORDER);
    }

    /** The units directly under {@code code}, every period. */
    public List<AdministrativeUnit> everChildren(String code) {
        return new Query(TABLE, "code").equal("parent_code", code).list(jdbc, Units::unit, ORDER);
    }

    public List<AdministrativeUnit> all() {
        return jdbc.sql("select * from administrative_unit order by length(code), code").query(Units::unit).list();
    }

    public List<AdministrativeUnit> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from administrative_unit where code in (:codes)").param("codes", codes)
                .query(Units::unit).list();
    }

    public void insert(AdministrativeUnit unit) {
        jdbc.sql("""
                insert into administrative_unit (code, name, level, kind, parent_code, valid_from, valid_to,
                                                 successors, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(unit.code(), unit.name(), unit.level().name(), unit.kind().name(), unit.parentCode(),
                        unit.validFrom(), unit.validTo(), Columns.array(unit.successors()), unit.note())
                .update();
    }

    public void update(AdministrativeUnit unit) {
        jdbc.sql("""
                update administrative_unit set name = ?, level = ?, kind = ?, parent_code = ?, valid_from = ?,
                       valid_to = ?, successors = ?, note = ?
                where code = ?""")
                .params(unit.name(), unit.level().name(), unit.kind().name(), unit.parentCode(), unit.validFrom(),
                        unit.validTo(), Columns.array(unit.successors()), unit.note(), unit.code())
                .update();
    }

    static AdministrativeUnit unit(ResultSet rs, int row) throws SQLException {
        return new AdministrativeUnit(rs.getString("code"), rs.getString("name"),
                UnitLevel.valueOf(rs.getString("level")), UnitKind.valueOf(rs.getString("kind")),
                rs.getString("parent_code"), Columns.date(rs, "valid_from"), Columns.date(rs, "valid_to"),
                Columns.texts(rs, "successors"), rs.getString("note"));
    }
}
