package vn.tinhso.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Surefire runs this module with {@code -Xmx64m} (see pom.xml): a 100 MB attachment, 133 MB as base64, can only be
 * written and read back if neither side holds it in memory.
 */
class EdXmlStreamingTest {

    private static final long SIZE = 100L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void writesAndReadsAHundredMegabyteAttachmentInASixtyFourMegabyteHeap() throws Exception {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThan(SIZE);
        Path scan = dir.resolve("scan.pdf");
        String written = writeRandomFile(scan);
        DocumentPacket d = Samples.decision();
        DocumentPacket packet = new DocumentPacket(d.header(), d.traceHeaderList(), List.of(new Attachment(
                new AttachmentRef("scan", "ho-so-quet.pdf", "application/pdf", "Bản quét"),
                AttachmentContent.of(scan))));

        Path xml = dir.resolve("packet.edxml");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(xml))) {
            EdXml.write(packet, out);
        }
        assertThat(Files.size(xml)).isGreaterThan(SIZE * 4 / 3);

        DocumentPacket read;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(xml))) {
            read = (DocumentPacket) EdXml.read(in, AttachmentSink.directory(dir.resolve("received")));
        }
        assertThat(read.header()).isEqualTo(d.header());
        try (InputStream in = read.attachments().getFirst().content().open()) {
            assertThat(sha256(in)).isEqualTo(written);
        }
    }

    private static String writeRandomFile(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        SplittableRandom random = new SplittableRandom(102);
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < SIZE; written += block.length) {
                random.nextBytes(block);
                digest.update(block);
                out.write(block);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(InputStream in) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (DigestInputStream digesting = new DigestInputStream(in, digest)) {
            digesting.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
