package vn.tinhso.files;

import java.time.Instant;

/**
 * A stored file as its metadata row describes it.
 *
 * @param id          the file's identifier
 * @param name        the sanitised file name, as it is offered on download
 * @param contentType the media type detected from the bytes, never the one the uploader declared
 * @param sizeBytes   its size
 * @param sha256      SHA-256 of the content in lower-case hex: where it lives, and proof it was not altered
 * @param storedAt    when it was stored
 * @param storedBy    who uploaded it (the user name, or {@code system})
 */
public record StoredFile(FileId id, String name, String contentType, long sizeBytes, String sha256,
        Instant storedAt, String storedBy) {
}
