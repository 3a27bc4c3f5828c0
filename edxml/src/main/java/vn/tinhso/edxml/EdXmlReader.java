package vn.tinhso.edxml;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a packet with StAX. The envelope (header and manifest, a few kilobytes) is read into a small tree and
 * mapped with every missing or malformed element reported by path; the encoded attachments after it are decoded
 * while the XML is read and handed to an {@link AttachmentSink}, so a 100 MB file never sits in the heap.
 * DTDs and external entities are refused: packets come from other agencies' systems.
 */
final class EdXmlReader {

    private final InputStream in;
    private final AttachmentSink sink;
    private final List<Violation> violations = new ArrayList<>();

    EdXmlReader(InputStream in, AttachmentSink sink) {
        this.in = in;
        this.sink = sink;
    }

    Packet read() {
        XMLStreamReader r = null;
        try {
            r = factory().createXMLStreamReader(in);
            r.nextTag();
            expect(r, "edXML");
            r.nextTag();
            expect(r, "edXMLEnvelope");
            XmlNode envelope = XmlNode.read(r);
            Packet packet = map(envelope);
            if (packet instanceof DocumentPacket document) {
                Map<String, AttachmentRef> manifest = manifest(envelope);
                failOnViolations();
                return document.attachments().isEmpty() && manifest.isEmpty()
                        ? document
                        : new DocumentPacket(document.header(), document.traceHeaderList(), attachments(r, manifest));
            }
            return packet;
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ")";
            throw new InvalidEdXml(new Violation("edXML", "không phải XML hợp lệ (not well-formed XML)" + where), e);
        } finally {
            close(r);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    private static void expect(XMLStreamReader r, String localName) {
        if (!localName.equals(r.getLocalName()) || !EdXml.NAMESPACE.equals(r.getNamespaceURI())) {
            throw new InvalidEdXml(List.of(new Violation(localName, "phải là phần tử " + localName + " thuộc "
                    + EdXml.NAMESPACE + " (expected), gặp " + r.getName())));
        }
    }

    private Packet map(XmlNode envelope) {
        XmlNode header = child(envelope, "edXMLEnvelope", "edXMLHeader", true);
        failOnViolations();
        XmlNode status = header.child("Status");
        Packet packet = status != null ? status(status) : document(header);
        failOnViolations();
        List<Violation> invalid = EdXml.validate(packet);
        if (!invalid.isEmpty()) {
            throw new InvalidEdXml(invalid);
        }
        return packet;
    }

    private DocumentPacket document(XmlNode header) {
        XmlNode mh = child(header, "edXMLHeader", "MessageHeader", true);
        if (mh == null) {
            return null;
        }
        String p = "MessageHeader";
        Organization from = organization(child(mh, p, "From", true), p + "/From");
        List<Organization> to = mh.children("To").stream().map(n -> organization(n, p + "/To")).toList();
        if (to.isEmpty()) {
            violations.add(new Violation(p + "/To", "bắt buộc (required)"));
        }
        XmlNode code = child(mh, p, "Code", true);
        XmlNode promulgation = child(mh, p, "PromulgationInfo", true);
        XmlNode type = child(mh, p, "DocumentType", true);
        XmlNode signer = child(mh, p, "SignerInfo", true);
        XmlNode other = mh.child("OtherInfo");
        XmlNode places = mh.child("ToPlaces");
        String steering = text(mh, p, "SteeringType", false);
        MessageHeader messageHeader = new MessageHeader(from, to,
                code == null ? null : new DocumentCode(text(code, p + "/Code", "CodeNumber", true),
                        text(code, p + "/Code", "CodeNotation", true)),
                promulgation == null ? null : new PromulgationInfo(
                        text(promulgation, p + "/PromulgationInfo", "Place", false),
                        date(promulgation, p + "/PromulgationInfo", "PromulgationDate", true)),
                type == null ? null : new DocumentType(integer(type, p + "/DocumentType", "Type", true, 0),
                        text(type, p + "/DocumentType", "TypeName", true)),
                text(mh, p, "Subject", true), text(mh, p, "Content", false),
                signer == null ? null : new SignerInfo(text(signer, p + "/SignerInfo", "Competence", false),
                        text(signer, p + "/SignerInfo", "Position", false),
                        text(signer, p + "/SignerInfo", "FullName", true)),
                date(mh, p, "DueDate", false),
                places == null ? List.of() : places.children("Place").stream().map(XmlNode::text).toList(),
                other == null ? null : otherInfo(other, p + "/OtherInfo"),
                steering == null ? null : integer(mh, p, "SteeringType", false, 0),
                text(mh, p, "DocumentId", false));
        XmlNode traces = header.child("TraceHeaderList");
        return new DocumentPacket(messageHeader, traces == null ? null : traceHeaderList(traces), List.of());
    }

    private OtherInfo otherInfo(XmlNode o, String p) {
        XmlNode appendixes = o.child("Appendixes");
        return new OtherInfo(integer(o, p, "Priority", false, 0), text(o, p, "SphereOfPromulgation", false),
                text(o, p, "TyperNotation", false), integer(o, p, "PromulgationAmount", false, 1),
                integer(o, p, "PageAmount", false, 1),
                appendixes == null ? List.of() : appendixes.children("Appendix").stream().map(XmlNode::text)
                        .filter(a -> a != null).toList());
    }

    private TraceHeaderList traceHeaderList(XmlNode list) {
        String p = "TraceHeaderList";
        List<TraceHeader> traces = list.children("TraceHeader").stream()
                .map(t -> new TraceHeader(text(t, p + "/TraceHeader", "OrganId", true),
                        timestamp(t, p + "/TraceHeader", "Timestamp", true)))
                .toList();
        XmlNode b = list.child("Bussiness");
        Business business = b == null ? null : new Business(integer(b, p + "/Bussiness", "BussinessDocType", false, 0),
                text(b, p + "/Bussiness", "BussinessDocReason", false),
                b.child("StaffInfo") == null ? null : staffInfo(b.child("StaffInfo")),
                "1".equals(text(b, p + "/Bussiness", "Paper", false)));
        return new TraceHeaderList(traces, business);
    }

    private StatusPacket status(XmlNode s) {
        String p = "Status";
        XmlNode rf = child(s, p, "ResponseFor", true);
        String code = text(s, p, "StatusCode", true);
        StatusCode statusCode = code == null ? null : StatusCode.fromCode(code);
        if (code != null && statusCode == null) {
            violations.add(new Violation(p + "/StatusCode", "mã trạng thái không hợp lệ (unknown status): " + code));
        }
        return new StatusPacket(
                rf == null ? null : new ResponseFor(text(rf, p + "/ResponseFor", "OrganId", true),
                        text(rf, p + "/ResponseFor", "Code", true),
                        date(rf, p + "/ResponseFor", "PromulgationDate", false),
                        text(rf, p + "/ResponseFor", "DocumentId", false)),
                organization(child(s, p, "From", true), p + "/From"), statusCode,
                text(s, p, "Description", false), timestamp(s, p, "Timestamp", true),
                s.child("StaffInfo") == null ? null : staffInfo(s.child("StaffInfo")));
    }

    private StaffInfo staffInfo(XmlNode n) {
        return new StaffInfo(n.child("Department") == null ? null : n.child("Department").text(),
                n.child("Staff") == null ? null : n.child("Staff").text(),
                n.child("Mobile") == null ? null : n.child("Mobile").text(),
                n.child("Email") == null ? null : n.child("Email").text());
    }

    private Organization organization(XmlNode n, String p) {
        if (n == null) {
            return null;
        }
        return new Organization(text(n, p, "OrganId", true), text(n, p, "OrganizationInCharge", false),
                text(n, p, "OrganName", false), text(n, p, "OrganAdd", false), text(n, p, "Email", false),
                text(n, p, "Telephone", false), text(n, p, "Fax", false), text(n, p, "Website", false));
    }

    private Map<String, AttachmentRef> manifest(XmlNode envelope) {
        Map<String, AttachmentRef> refs = new LinkedHashMap<>();
        XmlNode body = envelope.child("edXMLBody");
        XmlNode manifest = body == null ? null : body.child("edXMLManifest");
        if (manifest == null) {
            return refs;
        }
        String p = "edXMLManifest/Reference";
        for (XmlNode ref : manifest.children("Reference")) {
            String id = text(ref, p, "ContentId", false);
            if (id == null && ref.attributes.get("href") != null) {
                id = ref.attributes.get("href");
            }
            if (id == null) {
                violations.add(new Violation(p + "/ContentId", "bắt buộc (required)"));
                continue;
            }
            id = contentId(id);
            if (refs.putIfAbsent(id, new AttachmentRef(id, text(ref, p, "AttachmentName", true),
                    text(ref, p, "ContentType", false), text(ref, p, "Description", false))) != null) {
                violations.add(new Violation(p + "/ContentId", "trùng mã tệp đính kèm (duplicate content id) " + id));
            }
        }
        return refs;
    }

    /** Streams the encoded attachments that follow the envelope to the sink, in document order. */
    private List<Attachment> attachments(XMLStreamReader r, Map<String, AttachmentRef> manifest)
            throws XMLStreamException {
        List<Attachment> attachments = new ArrayList<>();
        Map<String, AttachmentRef> pending = new LinkedHashMap<>(manifest);
        String p = "AttachmentEncoded/Attachment";
        if (r.nextTag() == XMLStreamConstants.START_ELEMENT && "AttachmentEncoded".equals(r.getLocalName())) {
            while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                String contentId = null;
                while (r.nextTag() == XMLStreamConstants.START_ELEMENT) {
                    if (!"ContentTransferEncoded".equals(r.getLocalName())) {
                        String name = r.getLocalName();
                        String value = r.getElementText().strip();
                        if ("ContentId".equals(name)) {
                            contentId = contentId(value);
                        }
                        continue;
                    }
                    AttachmentRef ref = contentId == null ? null : pending.remove(contentId);
                    if (ref == null) {
                        throw new InvalidEdXml(List.of(new Violation(p + "/ContentId", contentId == null
                                ? "phải đứng trước ContentTransferEncoded (must precede the content)"
                                : "không có trong edXMLManifest (not in the manifest): " + contentId)));
                    }
                    attachments.add(new Attachment(ref, decode(r, ref)));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new InvalidEdXml(pending.keySet().stream().map(id -> new Violation(p + "/ContentTransferEncoded",
                    "thiếu nội dung tệp đính kèm (missing content) " + id)).toList());
        }
        return attachments;
    }

    private AttachmentContent decode(XMLStreamReader r, AttachmentRef ref) {
        ElementTextStream text = new ElementTextStream(r);
        try (InputStream decoded = Base64.getDecoder().wrap(text)) {
            // The sink may close what it is given; the rest is drained here so the reader reaches the end tag.
            AttachmentContent content = sink.accept(ref, new FilterInputStream(decoded) {
                @Override
                public void close() {
                }
            });
            decoded.transferTo(OutputStream.nullOutputStream());
            return content;
        } catch (IOException e) {
            if (e.getCause() instanceof XMLStreamException xml) {
                throw new InvalidEdXml(new Violation("AttachmentEncoded/Attachment/ContentTransferEncoded",
                        "không phải XML hợp lệ (not well-formed XML)"), xml);
            }
            if (e.getMessage() != null && e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("base64")) {
                throw new InvalidEdXml(new Violation("AttachmentEncoded/Attachment/ContentTransferEncoded",
                        "không phải base64 hợp lệ (invalid base64): " + ref.name()), e);
            }
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            throw new InvalidEdXml(new Violation("AttachmentEncoded/Attachment/ContentTransferEncoded",
                    "không phải base64 hợp lệ (invalid base64): " + ref.name()), e);
        } finally {
            text.skipToEnd();
        }
    }

    private static String contentId(String value) {
        return value.startsWith("cid:") ? value.substring(4) : value;
    }

    private XmlNode child(XmlNode parent, String path, String name, boolean required) {
        XmlNode child = parent == null ? null : parent.child(name);
        if (child == null && required && parent != null) {
            violations.add(new Violation(path + "/" + name, "bắt buộc (required)"));
        }
        return child;
    }

    private String text(XmlNode parent, String path, String name, boolean required) {
        XmlNode child = child(parent, path, name, required);
        String text = child == null ? null : child.text();
        if (child != null && text == null && required) {
            violations.add(new Violation(path + "/" + name, "không được để trống (must not be empty)"));
        }
        return text;
    }

    private int integer(XmlNode parent, String path, String name, boolean required, int absent) {
        String text = text(parent, path, name, required);
        if (text == null) {
            return absent;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            violations.add(new Violation(path + "/" + name, "phải là số (must be a number): " + text));
            return absent;
        }
    }

    private LocalDate date(XmlNode parent, String path, String name, boolean required) {
        String text = text(parent, path, name, required);
        LocalDate date = text == null ? null : Formats.parseDate(text);
        if (text != null && date == null) {
            violations.add(new Violation(path + "/" + name, "ngày không hợp lệ, dạng yyyy/MM/dd (invalid date): "
                    + text));
        }
        return date;
    }

    private LocalDateTime timestamp(XmlNode parent, String path, String name, boolean required) {
        String text = text(parent, path, name, required);
        LocalDateTime time = text == null ? null : Formats.parseTimestamp(text);
        if (text != null && time == null) {
            violations.add(new Violation(path + "/" + name,
                    "thời điểm không hợp lệ, dạng yyyy/MM/dd HH:mm:ss (invalid timestamp): " + text));
        }
        return time;
    }

    private void failOnViolations() {
        if (!violations.isEmpty()) {
            throw new InvalidEdXml(violations);
        }
    }

    private static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // the packet has been read or has already failed; nothing to add
            }
        }
    }
}
