package vn.tinhso.edxml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** The bytes of an attachment, opened as a stream each time they are needed so they never have to sit in memory. */
@FunctionalInterface
public interface AttachmentContent {

    InputStream open() throws IOException;

    static AttachmentContent of(byte[] bytes) {
        byte[] copy = bytes.clone();
        return () -> new ByteArrayInputStream(copy);
    }

    static AttachmentContent of(Path file) {
        return () -> Files.newInputStream(file);
    }

    default byte[] readAllBytes() throws IOException {
        try (InputStream in = open()) {
            return in.readAllBytes();
        }
    }
}
