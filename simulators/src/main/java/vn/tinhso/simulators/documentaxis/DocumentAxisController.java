package vn.tinhso.simulators.documentaxis;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.tinhso.edxml.AttachmentContent;
import vn.tinhso.edxml.AttachmentRef;
import vn.tinhso.edxml.AttachmentSink;
import vn.tinhso.edxml.DocumentPacket;
import vn.tinhso.edxml.EdXml;
import vn.tinhso.edxml.InvalidEdXml;
import vn.tinhso.edxml.Organization;
import vn.tinhso.edxml.Packet;
import vn.tinhso.edxml.ResponseFor;
import vn.tinhso.edxml.StatusCode;
import vn.tinhso.edxml.StatusPacket;
import vn.tinhso.edxml.Violation;
import vn.tinhso.simulators.web.NotFound;
import vn.tinhso.simulators.web.Problems;

/**
 * {@code POST /document-axis/v1/packets} takes an edXML document packet as the request body, streamed: attachments
 * are hashed and counted, never kept. The answer lists what arrived; {@code GET …/packets/{id}/status} is the
 * recipient's edXML status packet ("01 Đã đến"). An invalid packet is a 400 naming every offending element.
 */
@RestController
@RequestMapping("/document-axis/v1/packets")
class DocumentAxisController {

    /** One attachment as it arrived: name, size and SHA-256 of the decoded bytes. */
    record Arrived(String name, long size, String sha256) {
    }

    /** What the axis accepted. */
    record Receipt(String packetId, String documentId, String code, String from, List<String> to,
                   String subject, List<Arrived> attachments, String status) {
    }

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final Map<String, DocumentPacket> packets = new ConcurrentHashMap<>();

    @PostMapping(consumes = {MediaType.APPLICATION_XML_VALUE, MediaType.TEXT_XML_VALUE})
    ResponseEntity<Receipt> receive(HttpServletRequest request) throws IOException {
        List<Arrived> arrived = new CopyOnWriteArrayList<>();
        Packet packet;
        try (InputStream body = request.getInputStream()) {
            packet = EdXml.read(body, hashing(arrived));
        }
        if (!(packet instanceof DocumentPacket document)) {
            throw new InvalidEdXml(List.of(new Violation("edXMLHeader/MessageHeader",
                    "trục chỉ nhận gói tin văn bản ở địa chỉ này (a document packet is expected)")));
        }
        String id = UUID.randomUUID().toString();
        packets.put(id, new DocumentPacket(document.header(), document.traceHeaderList(), List.of()));
        var h = document.header();
        return ResponseEntity.status(HttpStatus.CREATED).body(new Receipt(id, h.documentId(), h.code().toString(),
                h.from().organId(), h.to().stream().map(Organization::organId).toList(), h.subject(),
                List.copyOf(arrived), StatusCode.ARRIVED.name()));
    }

    @GetMapping(path = "/{packetId}/status", produces = MediaType.APPLICATION_XML_VALUE)
    byte[] status(@PathVariable String packetId) {
        DocumentPacket packet = packets.get(packetId);
        if (packet == null) {
            throw new NotFound("Không tìm thấy gói tin " + packetId);
        }
        var h = packet.header();
        Organization recipient = h.to().getFirst();
        return EdXml.toBytes(new StatusPacket(
                new ResponseFor(h.from().organId(), h.code().toString(), h.promulgationInfo().date(), h.documentId()),
                recipient.organName() == null ? Organization.of(recipient.organId(), recipient.organId()) : recipient,
                StatusCode.ARRIVED, StatusCode.ARRIVED.vietnamese(), LocalDateTime.now(VIETNAM).withNano(0), null));
    }

    @ExceptionHandler(InvalidEdXml.class)
    ProblemDetail invalid(InvalidEdXml e) {
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "invalid-edxml",
                "Gói tin edXML không hợp lệ (invalid edXML packet)");
        problem.setProperty("violations", e.violations().stream()
                .map(v -> Map.of("element", v.element(), "message", v.message())).toList());
        return problem;
    }

    private static AttachmentSink hashing(List<Arrived> arrived) {
        return (AttachmentRef ref, InputStream decoded) -> {
            MessageDigest sha256 = sha256();
            long size;
            try (DigestInputStream in = new DigestInputStream(decoded, sha256)) {
                size = in.transferTo(OutputStream.nullOutputStream());
            }
            arrived.add(new Arrived(ref.name(), size, HexFormat.of().formatHex(sha256.digest())));
            return (AttachmentContent) null;
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
