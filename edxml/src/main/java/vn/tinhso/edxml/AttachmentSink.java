package vn.tinhso.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a reader puts attachment bytes as it decodes them. The stream given to {@link #accept} yields the decoded
 * bytes straight from the XML being parsed; a sink copies them somewhere and says how to open them again.
 */
@FunctionalInterface
public interface AttachmentSink {

    AttachmentContent accept(AttachmentRef ref, InputStream decoded) throws IOException;

    /** Keeps attachments in memory: for small packets and tests. */
    static AttachmentSink inMemory() {
        return (ref, decoded) -> AttachmentContent.of(decoded.readAllBytes());
    }

    /** Writes each attachment to its own file in {@code directory}, named by position and never by the sender. */
    static AttachmentSink directory(Path directory) {
        return new AttachmentSink() {
            private int next;

            @Override
            public AttachmentContent accept(AttachmentRef ref, InputStream decoded) throws IOException {
                Files.createDirectories(directory);
                Path file = directory.resolve("attachment-" + (++next) + ".bin");
                Files.copy(decoded, file, StandardCopyOption.REPLACE_EXISTING);
                return AttachmentContent.of(file);
            }
        };
    }

    /** Reads past the attachments without keeping them: to look at a header only. */
    static AttachmentSink discard() {
        return (ref, decoded) -> {
            decoded.transferTo(OutputStream.nullOutputStream());
            return null;
        };
    }
}
