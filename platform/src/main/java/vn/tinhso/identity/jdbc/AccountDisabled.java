package vn.tinhso.identity.jdbc;

/** An account was disabled (published inside identity, so caches of verified credentials forget it). */
public record AccountDisabled(String username) {
}
