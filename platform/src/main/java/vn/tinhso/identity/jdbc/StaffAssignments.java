package vn.tinhso.identity.jdbc;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Units a staff account works for besides its staff record's agency (kiêm nhiệm, phân công). */
@Repository
public class StaffAssignments {

    private final JdbcClient jdbc;

    StaffAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<String> agencies(String username, LocalDate day) {
        return jdbc.sql("""
                select agency_code from staff_assignment where username = ?
                  and (active_from is null or active_from <= ?) and (active_to is null or active_to >= ?)
                order by agency_code""").params(username, day, day).query(String.class).list();
    }

    public void assign(String username, String agencyCode, String note, LocalDate from) {
        jdbc.sql("""
                insert into staff_assignment (username, agency_code, note, active_from) values (?, ?, ?, ?)
                on conflict do nothing""").params(username, agencyCode, note, from).update();
    }
}
