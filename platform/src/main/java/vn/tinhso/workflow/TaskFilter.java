package vn.tinhso.workflow;

import java.time.Instant;

/**
 * Which open tasks an officer's list shows. Every filter but {@code mine} may be {@code null}: any.
 *
 * @param mine          only those claimed by the signed-in officer
 * @param group         only those offered to this unit type (candidate group)
 * @param procedureCode only those of dossiers of this procedure
 * @param channel       only those of dossiers received on this channel ({@code ONLINE}, {@code COUNTER}, {@code POST})
 * @param dueBefore     only those due before this moment
 * @param overdue       only those flagged overdue ({@code true}) or not ({@code false})
 */
public record TaskFilter(boolean mine, String group, String procedureCode, String channel, Instant dueBefore,
        Boolean overdue) {
}
