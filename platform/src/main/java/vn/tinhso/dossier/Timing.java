package vn.tinhso.dossier;

/**
 * How a running dossier stands against its appointment (tình trạng thời hạn), for the inbox and the dashboards.
 */
public enum Timing {
    /** Còn hạn: more of the budget left than the at-risk share. */
    ON_TRACK,
    /** Sắp đến hạn: less working time left than the configured share of the whole budget. */
    AT_RISK,
    /** Quá hạn: the appointment has passed. */
    OVERDUE,
    /** The clock is stopped (waiting for the applicant, or an excluded period). */
    CLOCK_STOPPED,
    /** Settled: see the outcome instead. */
    FINISHED
}
