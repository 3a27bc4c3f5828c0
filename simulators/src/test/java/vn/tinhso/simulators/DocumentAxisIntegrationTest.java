package vn.tinhso.simulators;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import vn.tinhso.edxml.Attachment;
import vn.tinhso.edxml.AttachmentContent;
import vn.tinhso.edxml.AttachmentRef;
import vn.tinhso.edxml.DocumentCode;
import vn.tinhso.edxml.DocumentPacket;
import vn.tinhso.edxml.DocumentType;
import vn.tinhso.edxml.EdXml;
import vn.tinhso.edxml.MessageHeader;
import vn.tinhso.edxml.Organization;
import vn.tinhso.edxml.PromulgationInfo;
import vn.tinhso.edxml.SignerInfo;
import vn.tinhso.edxml.StatusCode;
import vn.tinhso.edxml.StatusPacket;
import vn.tinhso.edxml.TraceHeader;
import vn.tinhso.edxml.TraceHeaderList;

@SimulatorsTest
class DocumentAxisIntegrationTest {

    @LocalServerPort
    int port;
    Http axis;

    @BeforeEach
    void signIn() {
        Http http = Http.at(port);
        axis = http.bearer(http.lgspToken()).with("Content-Type", "application/xml");
    }

    @Test
    void acceptsAnEdxmlPacketHashesItsAttachmentAndAnswersWithAStatusPacket() {
        String xml = new String(EdXml.toBytes(packet()), StandardCharsets.UTF_8);

        Http.Answer receipt = axis.post("/document-axis/v1/packets", xml);

        assertThat(receipt.status()).isEqualTo(201);
        JsonNode r = receipt.json();
        assertThat(r.get("code").asString()).isEqualTo("45/UBND-VP");
        assertThat(r.get("to").get(0).asString()).isEqualTo("000.00.04.H92");
        assertThat(r.get("attachments").get(0).get("size").asLong())
                .isEqualTo("Công văn số 45".getBytes(StandardCharsets.UTF_8).length);
        assertThat(r.get("attachments").get(0).get("sha256").asString()).isEqualTo(sha256("Công văn số 45"));

        Http.Answer status = axis.get("/document-axis/v1/packets/" + r.get("packetId").asString() + "/status");
        StatusPacket s = (StatusPacket) EdXml.read(status.body().getBytes(StandardCharsets.UTF_8));
        assertThat(s.statusCode()).isEqualTo(StatusCode.ARRIVED);
        assertThat(s.responseFor().code()).isEqualTo("45/UBND-VP");
        assertThat(s.from().organId()).isEqualTo("000.00.04.H92");
    }

    @Test
    void anInvalidPacketIsRefusedNamingEachElement() {
        String xml = new String(EdXml.toBytes(packet()), StandardCharsets.UTF_8)
                .replace("<edXML:CodeNumber>45</edXML:CodeNumber>", "");

        Http.Answer a = axis.post("/document-axis/v1/packets", xml);

        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().get("violations").valueStream().map(v -> v.get("element").asString()))
                .containsExactly("MessageHeader/Code/CodeNumber");
    }

    @Test
    void theAxisIsANationalServiceBehindTheToken() {
        assertThat(Http.at(port).with("Content-Type", "application/xml")
                .post("/document-axis/v1/packets", "<edXML/>").status()).isEqualTo(401);
    }

    private static DocumentPacket packet() {
        MessageHeader header = new MessageHeader(Organization.of("000.00.00.H92", "UBND thành phố Cần Thơ"),
                List.of(Organization.of("000.00.04.H92", "Sở Tư pháp")), new DocumentCode("45", "UBND-VP"),
                new PromulgationInfo("Cần Thơ", LocalDate.of(2026, 11, 20)), new DocumentType(2, "Công văn"),
                "V/v triển khai dịch vụ công trực tuyến toàn trình", null,
                new SignerInfo("TL. CHỦ TỊCH", "Chánh Văn phòng", "Lê Minh Quang"), null, null, null, null, null);
        return new DocumentPacket(header, new TraceHeaderList(List.of(new TraceHeader("000.00.00.H92",
                LocalDateTime.of(2026, 11, 20, 8, 0))), null),
                List.of(new Attachment(new AttachmentRef("cv45", "cong-van-45.pdf", "application/pdf", null),
                        AttachmentContent.of("Công văn số 45".getBytes(StandardCharsets.UTF_8)))));
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
