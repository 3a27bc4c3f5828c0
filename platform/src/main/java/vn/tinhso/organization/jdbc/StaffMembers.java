package vn.tinhso.organization.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.organization.AgencyCode;
import vn.tinhso.organization.StaffMember;

/** Staff (cán bộ, công chức) in PostgreSQL. */
@Repository
public class StaffMembers {

    private static final String TABLE = "staff_member";
    private static final String ORDER = "agency_code, full_name, id";

    private final JdbcClient jdbc;

    StaffMembers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<StaffMember> find(String id) {
        return jdbc.sql("select * from staff_member where id = ?").param(id).query(StaffMembers::staff).optional();
    }

    public Optional<StaffMember> findByUsername(String username) {
        return jdbc.sql("select * from staff_member where username = ?").param(username)
                .query(StaffMembers::staff).optional();
    }

    /** Staff whose name (accents ignored) matches, in an agency, active on {@code day} (any day when null). */
    public ResultPage<StaffMember> search(String text, AgencyCode agency, LocalDate day, int page, int size) {
        return new Query(TABLE, "id").matching(text, "full_name")
                .equal("agency_code", agency == null ? null : agency.value())
                .validOn(day, "active_from", "active_to").page(jdbc, StaffMembers::staff, ORDER, page, size);
    }

    public List<StaffMember> inRole(AgencyCode agency, String role, LocalDate day) {
        return new Query(TABLE, "id").equal("agency_code", agency.value()).containing("roles", role)
                .validOn(day, "active_from", "active_to").list(jdbc, StaffMembers::staff, ORDER);
    }

    /** Staff of {@code agency} active on {@code day}; everyone who ever worked there when {@code day} is null. */
    public List<StaffMember> ofAgency(AgencyCode agency, LocalDate day) {
        return new Query(TABLE, "id").equal("agency_code", agency.value()).validOn(day, "active_from", "active_to")
                .list(jdbc, StaffMembers::staff, ORDER);
    }

    public List<StaffMember> all() {
        return jdbc.sql("select * from staff_member order by id").query(StaffMembers::staff).list();
    }

    public List<StaffMember> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from staff_member where id in (:ids)").param("ids", ids)
                .query(StaffMembers::staff).list();
    }

    public void insert(StaffMember staff) {
        jdbc.sql("""
                insert into staff_member (id, full_name, agency_code, position, roles, username, email, phone,
                                          active_from, active_to)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(staff.id(), staff.fullName(), staff.agencyCode().value(), staff.position(),
                        Columns.array(staff.roles()), staff.username(), staff.email(), staff.phone(),
                        staff.activeFrom(), staff.activeTo())
                .update();
    }

    public void update(StaffMember staff) {
        jdbc.sql("""
                update staff_member set full_name = ?, agency_code = ?, position = ?, roles = ?, username = ?,
                       email = ?, phone = ?, active_from = ?, active_to = ?
                where id = ?""")
                .params(staff.fullName(), staff.agencyCode().value(), staff.position(), Columns.array(staff.roles()),
                        staff.username(), staff.email(), staff.phone(), staff.activeFrom(), staff.activeTo(),
                        staff.id())
                .update();
    }

    static StaffMember staff(ResultSet rs, int row) throws SQLException {
        return new StaffMember(rs.getString("id"), rs.getString("full_name"), AgencyCode.of(rs.getString("agency_code")),
                rs.getString("position"), Columns.texts(rs, "roles"), rs.getString("username"), rs.getString("email"),
                rs.getString("phone"), Columns.date(rs, "active_from"), Columns.date(rs, "active_to"));
    }
}
