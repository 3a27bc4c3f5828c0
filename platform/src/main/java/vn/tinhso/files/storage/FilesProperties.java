package vn.tinhso.files.storage;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the attachment store ({@code tinhso.files.*}).
 *
 * @param directory    where files live; staging happens inside it, so the final move is an atomic rename
 * @param maxSize      the default size limit of one file
 * @param allowedTypes media types accepted by default, as detected from the bytes: PDF, JPEG, PNG, TIFF, Word,
 *                     Excel (old and OOXML) and XML — what dossier documents are scanned or exported as
 * @param clamav       the ClamAV daemon to scan with; none when {@code host} is empty
 */
@ConfigurationProperties("tinhso.files")
public record FilesProperties(
        @DefaultValue("./data/files") Path directory,
        @DefaultValue("20MB") DataSize maxSize,
        @DefaultValue({"application/pdf", "image/jpeg", "image/png", "image/tiff",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "application/msword", "application/vnd.ms-excel", "application/xml", "text/xml"})
        Set<String> allowedTypes,
        @DefaultValue Clamav clamav) {

    /**
     * A {@code clamd} reachable over TCP.
     *
     * @param host    its host; empty means no ClamAV
     * @param port    its TCP port
     * @param timeout how long to wait for it to connect and to answer
     */
    public record Clamav(String host, @DefaultValue("3310") int port, @DefaultValue("30s") Duration timeout) {

        public boolean enabled() {
            return host != null && !host.isBlank();
        }
    }
}
