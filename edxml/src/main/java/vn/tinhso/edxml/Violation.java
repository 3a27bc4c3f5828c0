package vn.tinhso.edxml;

/** One rule a packet breaks, named by the element's path (e.g. {@code MessageHeader/From/OrganId}). */
public record Violation(String element, String message) {

    @Override
    public String toString() {
        return element + ": " + message;
    }
}
