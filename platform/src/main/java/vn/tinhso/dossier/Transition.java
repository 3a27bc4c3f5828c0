package vn.tinhso.dossier;

import java.time.Instant;

/**
 * One change of a dossier's status, as the timeline shows it.
 *
 * @param action            what was done ({@code supplement-requested}, {@code refused}...)
 * @param reason            why, in the officer's words; shown to the citizen when {@code visibleToCitizen}
 * @param visibleToCitizen  whether the citizen sees it in the public lookup
 */
public record Transition(String action, DossierStatus from, DossierStatus to, String reason, boolean visibleToCitizen,
        Instant at) {
}
