package vn.tinhso.calendar.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.calendar.rules.HolidayRule;

/** The holiday rules of all Labour Codes; a handful of rows, read whenever a year is computed. */
@Repository
public class HolidayRules {

    private final JdbcClient jdbc;

    HolidayRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Rules in force at some point of {@code year}, oldest law first. */
    public List<HolidayRule> inForceDuring(int year) {
        return jdbc.sql("""
                select * from calendar_holiday_rule
                where effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by effective_from, id""")
                .params(LocalDate.of(year, 12, 31), LocalDate.of(year, 1, 1))
                .query(HolidayRules::rule).list();
    }

    private static HolidayRule rule(ResultSet rs, int row) throws SQLException {
        LocalDate effectiveTo = rs.getObject("effective_to", LocalDate.class);
        return new HolidayRule(rs.getString("id"), rs.getString("name_vi"), rs.getString("name_en"),
                HolidayRule.Kind.valueOf(rs.getString("kind")), rs.getInt("month"), rs.getInt("day"),
                rs.getInt("days"), rs.getInt("days_before_new_year"), rs.getString("legal_basis"),
                rs.getString("compensation_basis"), rs.getObject("effective_from", LocalDate.class), effectiveTo,
                rs.getString("note"));
    }
}
