package vn.tinhso.dossier;

import java.time.Instant;

/**
 * A step of the dossier's process that is open now (bước đang xử lý), as the workflow reports it.
 *
 * @param unitType the kind of unit handling it (one-stop counter, land registration office, tax agency...)
 * @param interAgency whether another agency holds the dossier for its opinion or notice (liên thông)
 * @param dueAt the step's own deadline
 */
public record CurrentStep(String name, String unitType, boolean interAgency, Instant dueAt) {
}
