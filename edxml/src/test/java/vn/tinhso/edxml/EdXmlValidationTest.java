package vn.tinhso.edxml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class EdXmlValidationTest {

    @Test
    void refusesToBuildAPacketWithoutSenderAndNamesTheElement() {
        MessageHeader h = Samples.decision().header();
        MessageHeader noSender = new MessageHeader(null, h.to(), h.code(), h.promulgationInfo(), h.documentType(),
                h.subject(), h.content(), h.signerInfo(), h.dueDate(), h.toPlaces(), h.otherInfo(), h.steeringType(),
                h.documentId());

        assertThatThrownBy(() -> EdXml.toBytes(Samples.withHeader(noSender)))
                .isInstanceOfSatisfying(InvalidEdXml.class, e -> assertThat(e.violations())
                        .extracting(Violation::element).containsExactly("MessageHeader/From"));
    }

    @Test
    void refusesARecipientCodeThatIsNotInQcvn102Form() {
        MessageHeader h = Samples.decision().header();
        MessageHeader badTo = new MessageHeader(h.from(), List.of(Organization.of("so-tu-phap", "Sở Tư pháp")),
                h.code(), h.promulgationInfo(), h.documentType(), h.subject(), h.content(), h.signerInfo(),
                h.dueDate(), h.toPlaces(), h.otherInfo(), h.steeringType(), h.documentId());

        assertThat(EdXml.validate(Samples.withHeader(badTo))).singleElement()
                .satisfies(v -> assertThat(v.element()).isEqualTo("MessageHeader/To/OrganId"));
    }

    @Test
    void readingAPacketWithoutDocumentNumberNamesCodeNumber() throws IOException {
        String xml = EdXmlGoldenTest.golden("decision-125.edxml")
                .replace("<edXML:CodeNumber>125</edXML:CodeNumber>", "");

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(InvalidEdXml.class, e -> assertThat(e.violations())
                        .extracting(Violation::element).containsExactly("MessageHeader/Code/CodeNumber"));
    }

    @Test
    void readingAnUnparseableDateNamesTheElementAndTheValue() throws IOException {
        String xml = EdXmlGoldenTest.golden("decision-125.edxml").replace("2026/03/16<", "16-03-2026<");

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEdXml.class)
                .hasMessageContaining("MessageHeader/PromulgationInfo/PromulgationDate")
                .hasMessageContaining("16-03-2026");
    }

    @Test
    void anAttachmentMissingFromTheManifestIsRefused() throws IOException {
        String xml = EdXmlGoldenTest.golden("decision-125.edxml")
                .replace("<ContentId>phu-luc.docx</ContentId>", "<ContentId>khac.docx</ContentId>");

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEdXml.class)
                .hasMessageContaining("AttachmentEncoded/Attachment/ContentId")
                .hasMessageContaining("khac.docx");
    }

    @Test
    void attachmentContentThatIsNotBase64IsRefused() throws IOException {
        String golden = EdXmlGoldenTest.golden("decision-125.edxml");
        int start = golden.indexOf("<ContentTransferEncoded>") + "<ContentTransferEncoded>".length();
        String xml = golden.substring(0, start) + "%%%" + golden.substring(start + 3);

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEdXml.class)
                .hasMessageContaining("ContentTransferEncoded");
    }

    @Test
    void aStatusWithAnUnknownCodeNamesStatusCode() throws IOException {
        String xml = EdXmlGoldenTest.golden("status-received.edxml")
                .replace("<edXML:StatusCode>03<", "<edXML:StatusCode>99<");

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEdXml.class)
                .hasMessageContaining("Status/StatusCode");
    }

    @Test
    void refusesDocumentTypeDeclarationsSoNoExternalEntityIsEverFetched() {
        String xml = """
                <?xml version="1.0"?>
                <!DOCTYPE edXML [<!ENTITY x SYSTEM "file:///etc/passwd">]>
                <edXML xmlns="http://www.mic.gov.vn/TBT/QCVN_102_2016"><edXMLEnvelope>&x;</edXMLEnvelope></edXML>
                """;

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8))).isInstanceOf(InvalidEdXml.class);
    }

    @Test
    void aDocumentInAnotherNamespaceIsNotAPacket() {
        String xml = "<edXML xmlns=\"http://www.e-doc.vn/Schema/\"><edXMLEnvelope/></edXML>";

        assertThatThrownBy(() -> EdXml.read(xml.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidEdXml.class)
                .hasMessageContaining("http://www.mic.gov.vn/TBT/QCVN_102_2016");
    }
}
