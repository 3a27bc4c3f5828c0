package vn.tinhso.files.storage;

import java.io.InputStream;
import java.util.Optional;

/**
 * Content-addressed storage of file bytes: a blob's key is the SHA-256 of its content, so identical content is kept
 * once. Putting is two-phase — {@link #stage} streams the bytes aside while hashing and counting them, the caller
 * checks them, then {@link StagedBlob#keep()} makes them durable and visible — so content that fails a check never
 * reaches the store. The local directory implementation is the first; an S3-compatible one can follow
 * (docs/files.md).
 */
public interface BlobStore {

    /**
     * Streams {@code content} to a staging area, never holding it in memory.
     *
     * @throws vn.tinhso.files.FileTooLarge once more than {@code maxBytes} were read; nothing is left behind
     */
    StagedBlob stage(InputStream content, long maxBytes);

    /** The content of a kept blob, or empty when there is none with that hash. */
    Optional<InputStream> get(String sha256);

    boolean exists(String sha256);
}
