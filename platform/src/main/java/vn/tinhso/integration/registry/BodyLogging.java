package vn.tinhso.integration.registry;

/** What the message log keeps of a service's bodies; metadata is always kept. */
public enum BodyLogging {
    NONE,
    REQUEST,
    FULL
}
