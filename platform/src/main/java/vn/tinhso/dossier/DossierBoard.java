package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a unit's dashboard and a citizen's list read (bảng theo dõi): dossiers counted by status, the open ones past
 * or near their appointment, and an applicant's dossiers. Reads only, on the dossier table's indexes.
 */
@Service
public class DossierBoard {

    private static final String[] OPEN = {"RECEIVED", "IN_PROGRESS", "WAITING_FOR_SUPPLEMENT",
        "WAITING_FOR_PAYMENT", "PAUSED", "RESULT_READY"};
    /** Statuses whose clock runs: a dossier waiting for the applicant is neither late nor at risk. */
    private static final String[] RUNNING = {"RECEIVED", "IN_PROGRESS"};

    private final JdbcClient jdbc;

    DossierBoard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** How many of the agency's dossiers are in each status. */
    @Transactional(readOnly = true)
    public Map<DossierStatus, Long> countByStatus(String agencyCode) {
        Map<DossierStatus, Long> counts = new EnumMap<>(DossierStatus.class);
        jdbc.sql("select status, count(*) as n from dossier where agency_code = ? group by status")
                .param(agencyCode)
                .query((rs, n) -> counts.put(DossierStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
        return counts;
    }

    /** One dossier in a list: what a line shows, read in the list's one query. */
    public record Row(String code, String procedureCode, int procedureVersion, String applicantName,
            DossierStatus status, Instant receivedAt, Instant dueAt) {
    }

    /** Open dossiers whose clock runs and whose appointment is before {@code before}, soonest first. */
    @Transactional(readOnly = true)
    public List<Row> dueBefore(String agencyCode, Instant before, int limit) {
        return rows("""
                where agency_code = ? and status = any(?) and due_at < ? order by due_at, code limit ?""",
                agencyCode, RUNNING, Timestamp.from(before), limit);
    }

    /** How many open dossiers with a running clock are due before {@code before}. */
    @Transactional(readOnly = true)
    public long countDueBefore(String agencyCode, Instant before) {
        return jdbc.sql("select count(*) from dossier where agency_code = ? and status = any(?) and due_at < ?")
                .params(agencyCode, RUNNING, Timestamp.from(before)).query(Long.class).single();
    }

    /** An applicant's dossiers, newest first (hồ sơ của tôi). */
    @Transactional(readOnly = true)
    public List<Row> ofApplicant(String idNumber, int limit) {
        return rows("where applicant_id = ? order by received_at desc limit ?", idNumber, Math.clamp(limit, 1, 200));
    }

    /** The procedures with the most dossiers, most first (thủ tục được dùng nhiều). */
    @Transactional(readOnly = true)
    public List<String> mostUsedProcedures(int limit) {
        return jdbc.sql("select procedure_code from dossier group by procedure_code order by count(*) desc, 1 limit ?")
                .param(limit).query(String.class).list();
    }

    /** The e-form data as submitted, as JSON text, or empty when the dossier had no form. */
    @Transactional(readOnly = true)
    public java.util.Optional<String> formData(String code) {
        return jdbc.sql("select form_data::text from dossier where code = ?").param(code).query(String.class)
                .optional();
    }

    /** Whether the status still awaits someone's action. */
    public static boolean open(DossierStatus status) {
        return List.of(OPEN).contains(status.name());
    }

    private List<Row> rows(String where, Object... params) {
        return jdbc.sql("""
                select code, procedure_code, procedure_version, applicant ->> 'fullName' as applicant_name, status,
                    received_at, due_at from dossier""" + " " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getString("code"), rs.getString("procedure_code"),
                        rs.getInt("procedure_version"), rs.getString("applicant_name"),
                        DossierStatus.valueOf(rs.getString("status")), rs.getTimestamp("received_at").toInstant(),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
    }
}
