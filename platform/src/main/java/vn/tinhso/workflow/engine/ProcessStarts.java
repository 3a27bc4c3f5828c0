package vn.tinhso.workflow.engine;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The queue of processes to start ({@code workflow_start}): written by the intake's transaction, emptied by
 * {@link ProcessStarter}. A claim locks its row with {@code for update skip locked}, so several worker threads and
 * platform nodes share the queue and each dossier's process starts once.
 */
@Component
class ProcessStarts {

    private final JdbcClient jdbc;

    ProcessStarts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String dossierCode) {
        jdbc.sql("insert into workflow_start (dossier_code) values (:code) on conflict do nothing")
                .param("code", dossierCode).update();
    }

    /** The oldest due entries, at most {@code limit}, locked until the caller's transaction ends. */
    List<String> claimNext(int limit) {
        return jdbc.sql("""
                select dossier_code from workflow_start where next_attempt_at <= now()
                 order by queued_at limit :limit for update skip locked""").param("limit", limit)
                .query(String.class).list();
    }

    /** Locks the entry of one dossier if it is still queued and no other worker holds it. */
    boolean claim(String dossierCode) {
        return jdbc.sql("select 1 from workflow_start where dossier_code = :code for update skip locked")
                .param("code", dossierCode).query(Integer.class).optional().isPresent();
    }

    void remove(List<String> dossierCodes) {
        jdbc.sql("delete from workflow_start where dossier_code = any(:codes)")
                .param("codes", dossierCodes.toArray(String[]::new)).update();
    }

    /**
     * Removes the entry unless a worker holds it: that worker then finds the dossier ended (it locks the dossier's
     * row, which the caller holds) and starts nothing. Waiting for it instead would deadlock the two.
     */
    void removeUnlessClaimed(String dossierCode) {
        jdbc.sql("""
                delete from workflow_start where dossier_code in (
                    select dossier_code from workflow_start where dossier_code = :code for update skip locked)""")
                .param("code", dossierCode).update();
    }

    /** A start that failed waits longer each time: 10 s, 20 s, 40 s... up to an hour. */
    void postpone(String dossierCode, String error) {
        jdbc.sql("""
                update workflow_start set attempts = attempts + 1, last_error = :error,
                       next_attempt_at = now() + least(3600, 10 * power(2, attempts)) * interval '1 second'
                 where dossier_code = :code""").param("code", dossierCode).param("error", error).update();
    }

    /** Entries waiting: a gauge for operators; it grows during an intake burst and drains after. */
    long size() {
        return jdbc.sql("select count(*) from workflow_start").query(Long.class).single();
    }
}
