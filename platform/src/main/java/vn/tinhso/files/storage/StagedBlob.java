package vn.tinhso.files.storage;

import java.io.InputStream;

/**
 * Bytes received and hashed but not yet kept. Read them as often as the checks need; {@link #keep()} them, or
 * {@link #close()} to throw them away.
 */
public interface StagedBlob extends AutoCloseable {

    String sha256();

    long sizeBytes();

    /** A fresh stream over the staged bytes, from the start. */
    InputStream open();

    /** Makes the content durable under its hash; once this returns it survives a crash. */
    void keep();

    /** Discards the staged bytes unless they were kept. */
    @Override
    void close();
}
