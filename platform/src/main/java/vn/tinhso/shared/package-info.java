/**
 * Shared kernel: the problem (RFC 9457) error catalogue, request correlation and Vietnamese text helpers that every
 * business module uses.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.tinhso.shared;
