package vn.tinhso.organization.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.organization.Agency;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.AgencyKind;
import vn.tinhso.organization.Contact;

/** The agencies (cơ quan, đơn vị) in PostgreSQL. */
@Repository
public class Agencies {

    private static final String TABLE = "agency";
    private static final String ORDER = "code";

    private final JdbcClient jdbc;

    Agencies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Agency> find(AgencyCode code) {
        return jdbc.sql("select * from agency where code = ?").param(code.value()).query(Agencies::agency).optional();
    }

    public Optional<Agency> findOn(AgencyCode code, LocalDate day) {
        return find(code).filter(agency -> agency.validOn(day));
    }

    /** Agencies whose name or short name (accents ignored) or code matches {@code text}, valid on {@code day}. */
    public ResultPage<Agency> search(String text, AgencyKind kind, String unit, AgencyCode parent, LocalDate day,
            int page, int size) {
        return new Query(TABLE, "code").matching(text, "name", "short_name").equal("kind", kind).equal("unit_code", unit)
                .equal("parent_code", parent == null ? null : parent.value())
                .validOn(day, "valid_from", "valid_to").page(jdbc, Agencies::agency, ORDER, page, size);
    }

    public List<Agency> all() {
        return jdbc.sql("select * from agency order by code").query(Agencies::agency).list();
    }

    public List<Agency> findAll(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from agency where code in (:codes)").param("codes", codes)
                .query(Agencies::agency).list();
    }

    public void insert(Agency agency) {
        jdbc.sql("""
                insert into agency (code, name, short_name, kind, parent_code, unit_code, address, phone, email,
                                    website, valid_from, valid_to, successors, note)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(agency.code().value(), agency.name(), agency.shortName(), agency.kind().name(),
                        text(agency.parentCode()), agency.unitCode(), agency.contact().address(),
                        agency.contact().phone(), agency.contact().email(), agency.contact().website(),
                        agency.validFrom(), agency.validTo(), Columns.array(agency.successors()), agency.note())
                .update();
    }

    public void update(Agency agency) {
        jdbc.sql("""
                update agency set name = ?, short_name = ?, kind = ?, parent_code = ?, unit_code = ?, address = ?,
                       phone = ?, email = ?, website = ?, valid_from = ?, valid_to = ?, successors = ?, note = ?
                where code = ?""")
                .params(agency.name(), agency.shortName(), agency.kind().name(), text(agency.parentCode()),
                        agency.unitCode(), agency.contact().address(), agency.contact().phone(),
                        agency.contact().email(), agency.contact().website(), agency.validFrom(), agency.validTo(),
                        Columns.array(agency.successors()), agency.note(), agency.code().value())
                .update();
    }

    private static String text(AgencyCode code) {
        return code == null ? null : code.value();
    }

    static Agency agency(ResultSet rs, int row) throws SQLException {
        String parent = rs.getString("parent_code");
        return new Agency(AgencyCode.of(rs.getString("code")), rs.getString("name"), rs.getString("short_name"),
                AgencyKind.valueOf(rs.getString("kind")), parent == null ? null : AgencyCode.of(parent),
                rs.getString("unit_code"),
                new Contact(rs.getString("address"), rs.getString("phone"), rs.getString("email"),
                        rs.getString("website")),
                Columns.date(rs, "valid_from"), Columns.date(rs, "valid_to"),
                Columns.texts(rs, "successors").stream().map(AgencyCode::of).toList(), rs.getString("note"));
    }
}
