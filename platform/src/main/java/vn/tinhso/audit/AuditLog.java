package vn.tinhso.audit;

/**
 * Records state changes. Call it inside the transaction that makes the change, so the change and its audit row
 * commit or roll back together.
 */
public interface AuditLog {

    /**
     * Appends one row. The actor is the signed-in user (or {@code system}), the correlation id that of the current
     * request.
     *
     * @param action     what happened, as a dotted verb ({@code organization.unit.created})
     * @param objectType the kind of object ({@code AdministrativeUnit})
     * @param objectId   its identifier
     * @param before     its state before, or {@code null} when created; serialised as JSON
     * @param after      its state after, or {@code null} when removed; serialised as JSON
     */
    void record(String action, String objectType, String objectId, Object before, Object after);
}
