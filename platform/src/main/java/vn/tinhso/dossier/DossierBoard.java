package vn.tinhso.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tinhso.dossier.jdbc.JdbcDossiers;

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
    private final JdbcDossiers dossiers;

    DossierBoard(JdbcClient jdbc, JdbcDossiers dossiers) {
        this.jdbc = jdbc;
        this.dossiers = dossiers;
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

    /** Open dossiers whose clock runs and whose appointment is before {@code before}, soonest first. */
    @Transactional(readOnly = true)
    public List<Dossier> dueBefore(String agencyCode, Instant before, int limit) {
        return codes("""
                select code from dossier where agency_code = ? and status = any(?) and due_at < ?
                order by due_at, code limit ?""", agencyCode, RUNNING, Timestamp.from(before), limit);
    }

    /** How many open dossiers with a running clock are due before {@code before}. */
    @Transactional(readOnly = true)
    public long countDueBefore(String agencyCode, Instant before) {
        return jdbc.sql("select count(*) from dossier where agency_code = ? and status = any(?) and due_at < ?")
                .params(agencyCode, RUNNING, Timestamp.from(before)).query(Long.class).single();
    }

    /** An applicant's dossiers, newest first (hồ sơ của tôi). */
    @Transactional(readOnly = true)
    public List<Dossier> ofApplicant(String idNumber, int limit) {
        return codes("select code from dossier where applicant_id = ? order by received_at desc limit ?",
                idNumber, Math.clamp(limit, 1, 200));
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

    private List<Dossier> codes(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(String.class).list().stream()
                .map(code -> dossiers.find(new DossierCode(code)).orElseThrow()).toList();
    }
}
