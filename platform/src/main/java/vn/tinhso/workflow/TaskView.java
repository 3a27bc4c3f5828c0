package vn.tinhso.workflow;

import java.time.Instant;

/**
 * One open step of a dossier's process, as an officer's task list shows it.
 *
 * @param stepKey      the step's id in the process ({@code step_4} for the catalogue's step of order 4)
 * @param unitType     the unit type the step is offered to (candidate group)
 * @param interAgency  a request to another agency (liên thông), waiting for its reply within its own deadline
 * @param approval     the leader's approval step, which may return the dossier to the step before
 * @param assignee     who claimed it, or {@code null}
 * @param dueAt        when the step must be done, on the working-day calendar
 * @param overdue      its due date passed while it was open: flagged and escalated to the leaders
 */
public record TaskView(String id, String stepKey, String name, String dossierCode, String unitType,
        boolean interAgency, boolean approval, String assignee, Instant createdAt, Instant dueAt, boolean overdue) {
}
