package vn.tinhso.edxml;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EdXmlGoldenTest {

    @Test
    void writesADecisionExactlyAsTheGoldenFile() throws IOException {
        byte[] written = EdXml.toBytes(Samples.decision());
        rewriteIfAsked("decision-125.edxml", written);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(golden("decision-125.edxml"));
    }

    @Test
    void writesAStatusPacketExactlyAsTheGoldenFile() throws IOException {
        byte[] written = EdXml.toBytes(Samples.received());
        rewriteIfAsked("status-received.edxml", written);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(golden("status-received.edxml"));
    }

    @Test
    void readsTheGoldenDecisionBackIntoTheSamePacket() throws IOException {
        DocumentPacket read = (DocumentPacket) EdXml.read(golden("decision-125.edxml").getBytes(StandardCharsets.UTF_8));

        DocumentPacket expected = Samples.decision();
        assertThat(read.header()).isEqualTo(expected.header());
        assertThat(read.traceHeaderList()).isEqualTo(expected.traceHeaderList());
        assertThat(read.attachments()).extracting(Attachment::ref)
                .containsExactly(expected.attachments().get(0).ref(), expected.attachments().get(1).ref());
        assertThat(read.attachments().get(0).content().readAllBytes()).isEqualTo(Samples.DECISION_PDF);
        assertThat(read.attachments().get(1).content().readAllBytes()).isEqualTo(Samples.APPENDIX_DOCX);
    }

    @Test
    void readsTheGoldenStatusBackIntoTheSamePacket() throws IOException {
        assertThat(EdXml.read(golden("status-received.edxml").getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Samples.received());
    }

    @Test
    void aSinkMayCloseTheStreamItIsGivenOrReadOnlyPartOfIt() throws IOException {
        byte[] xml = golden("decision-125.edxml").getBytes(StandardCharsets.UTF_8);
        java.util.List<String> firstBytes = new java.util.ArrayList<>();

        DocumentPacket read = (DocumentPacket) EdXml.read(new java.io.ByteArrayInputStream(xml), (ref, decoded) -> {
            try (decoded) {
                firstBytes.add(new String(decoded.readNBytes(2), StandardCharsets.UTF_8));
            }
            return null;
        });

        assertThat(firstBytes).containsExactly("%P", "Ph");
        assertThat(read.attachments()).hasSize(2);
    }

    /** Another vendor's layout: prefixes everywhere, no indentation, dd/MM/yyyy dates, cid: ids, name last. */
    @Test
    void readsAPacketLaidOutTheWayAnotherVendorWritesIt() throws IOException {
        DocumentPacket read = (DocumentPacket) EdXml.read(golden("other-vendor.edxml").getBytes(StandardCharsets.UTF_8));

        assertThat(read.header().from().organId()).isEqualTo("000.00.00.H55");
        assertThat(read.header().to()).extracting(Organization::organId).containsExactly("000.00.01.H55");
        assertThat(read.header().code()).hasToString("45/UBND-VP");
        assertThat(read.header().promulgationInfo().date()).hasToString("2024-05-02");
        assertThat(read.header().signerInfo().fullName()).isEqualTo("Lâm Văn Phước");
        assertThat(read.traceHeaderList().traces().getFirst().timestamp()).hasToString("2024-05-02T08:15");
        assertThat(read.attachments()).singleElement().satisfies(a -> {
            assertThat(a.ref().name()).isEqualTo("cong-van-45.pdf");
            assertThat(new String(a.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("Công văn số 45");
        });
    }

    /**
     * After a deliberate format change: {@code ./mvnw -pl edxml test -Dedxml.golden.rewrite=true}, then review the
     * diff of src/test/resources/golden before committing it.
     */
    private static void rewriteIfAsked(String name, byte[] written) throws IOException {
        if (Boolean.getBoolean("edxml.golden.rewrite")) {
            Path file = Path.of("src/test/resources/golden", name);
            Files.write(file, written);
            Files.write(Path.of("target/test-classes/golden", name), written);
        }
    }

    static String golden(String name) throws IOException {
        try (InputStream in = EdXmlGoldenTest.class.getResourceAsStream("/golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
