package vn.tinhso.identity.jdbc;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.tinhso.identity.AssuranceLevel;
import vn.tinhso.identity.ProtectedAction;

/** The assurance rules as versioned legal data (table {@code assurance_rule}). */
@Repository
public class AssuranceRules {

    private final JdbcClient jdbc;

    AssuranceRules(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of each rule for {@code action} in force on {@code day} for the online mode (or ANY). */
    public List<Rule> inForce(ProtectedAction action, String onlineMode, LocalDate day) {
        return jdbc.sql("""
                select distinct on (id) id, version, min_level, min_factors, legal_basis from assurance_rule
                where action = ? and (online_mode = 'ANY' or online_mode = ?)
                  and effective_from <= ? and (effective_to is null or effective_to >= ?)
                order by id, version desc""").params(action.name(), onlineMode, day, day)
                .query((rs, n) -> new Rule(rs.getString("id"), rs.getInt("version"),
                        AssuranceLevel.valueOf(rs.getString("min_level")), rs.getInt("min_factors"),
                        rs.getString("legal_basis"))).list();
    }

    public record Rule(String id, int version, AssuranceLevel minLevel, int minFactors, String legalBasis) {
    }
}
