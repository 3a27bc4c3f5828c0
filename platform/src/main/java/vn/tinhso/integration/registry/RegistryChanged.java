package vn.tinhso.integration.registry;

/** Published after a change that may alter which services are callable or how. */
public record RegistryChanged() {
}
