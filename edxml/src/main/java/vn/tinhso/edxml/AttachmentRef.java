package vn.tinhso.edxml;

/**
 * A manifest entry (edXMLManifest/Reference) naming one attachment: its content id (bound to the encoded
 * attachment by {@code cid:}), file name, MIME type and description.
 */
public record AttachmentRef(String contentId, String name, String contentType, String description) {
}
