package vn.tinhso.dossier;

import java.time.Instant;

/**
 * Published for every status change (in the transaction that makes it); notifications and statistics react to it.
 *
 * @param reason shown to the citizen when {@code visibleToCitizen}
 */
public record DossierStatusChanged(String code, String action, DossierStatus from, DossierStatus to, String reason,
        boolean visibleToCitizen, Instant at) {
}
