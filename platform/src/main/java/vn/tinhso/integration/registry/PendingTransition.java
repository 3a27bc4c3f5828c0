package vn.tinhso.integration.registry;

/** A requested lifecycle step waiting for another person's approval. */
public record PendingTransition(ServiceStatus target, String requestedBy, String reason) {
}
