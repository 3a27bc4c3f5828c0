package vn.tinhso.edxml;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Base64;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes packets with StAX, indented two spaces, in the layout the national document axis uses: an {@code edXML}
 * root in the default namespace, the envelope with the {@code edXML:} prefix, then the encoded attachments.
 * Attachments are read and base64-encoded chunk by chunk, so the heap holds one chunk at a time.
 */
final class EdXmlWriter {

    private static final String P = "edXML";
    private static final String XLINK = "http://www.w3.org/1999/xlink";
    /** A multiple of 3, so chunks encode without padding in between. */
    private static final int CHUNK = 48 * 1024;

    private final OutputStream out;
    private XMLStreamWriter xml;
    private int depth;

    EdXmlWriter(OutputStream out) {
        this.out = out;
    }

    void write(Packet packet) {
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("", "edXML", EdXml.NAMESPACE);
            xml.writeDefaultNamespace(EdXml.NAMESPACE);
            depth = 1;
            start("edXMLEnvelope");
            xml.writeNamespace(P, EdXml.NAMESPACE);
            start("edXMLHeader");
            switch (packet) {
                case DocumentPacket d -> document(d);
                case StatusPacket s -> status(s);
            }
            end();
            if (packet instanceof DocumentPacket d) {
                manifest(d);
            } else {
                empty("edXMLBody");
            }
            end();
            if (packet instanceof DocumentPacket d && !d.attachments().isEmpty()) {
                attachments(d);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new UncheckedIOException(new IOException("edXML could not be written", e));
        }
    }

    private void document(DocumentPacket packet) throws XMLStreamException {
        MessageHeader h = packet.header();
        start("MessageHeader");
        organization("From", h.from());
        for (Organization to : h.to()) {
            organization("To", to);
        }
        start("Code");
        leaf("CodeNumber", h.code().number());
        leaf("CodeNotation", h.code().notation());
        end();
        start("PromulgationInfo");
        leaf("Place", h.promulgationInfo().place());
        leaf("PromulgationDate", date(h.promulgationInfo().date()));
        end();
        start("DocumentType");
        leaf("Type", String.valueOf(h.documentType().type()));
        leaf("TypeName", h.documentType().typeName());
        end();
        leaf("Subject", h.subject());
        leaf("Content", h.content());
        start("SignerInfo");
        leaf("Competence", h.signerInfo().competence());
        leaf("Position", h.signerInfo().position());
        leaf("FullName", h.signerInfo().fullName());
        end();
        leaf("DueDate", date(h.dueDate()));
        if (!h.toPlaces().isEmpty()) {
            start("ToPlaces");
            for (String place : h.toPlaces()) {
                leaf("Place", place);
            }
            end();
        }
        if (h.otherInfo() != null) {
            otherInfo(h.otherInfo());
        }
        leaf("SteeringType", h.steeringType() == null ? null : h.steeringType().toString());
        leaf("DocumentId", h.documentId());
        end();
        if (packet.traceHeaderList() != null) {
            traceHeaderList(packet.traceHeaderList());
        }
    }

    private void otherInfo(OtherInfo o) throws XMLStreamException {
        start("OtherInfo");
        leaf("Priority", String.valueOf(o.priority()));
        leaf("SphereOfPromulgation", o.sphereOfPromulgation());
        leaf("TyperNotation", o.typerNotation());
        leaf("PromulgationAmount", String.valueOf(o.promulgationAmount()));
        leaf("PageAmount", String.valueOf(o.pageAmount()));
        if (!o.appendixes().isEmpty()) {
            start("Appendixes");
            for (String appendix : o.appendixes()) {
                leaf("Appendix", appendix);
            }
            end();
        }
        end();
    }

    private void traceHeaderList(TraceHeaderList list) throws XMLStreamException {
        start("TraceHeaderList");
        for (TraceHeader trace : list.traces()) {
            start("TraceHeader");
            leaf("OrganId", trace.organId());
            leaf("Timestamp", timestamp(trace.timestamp()));
            end();
        }
        Business b = list.business();
        if (b != null) {
            start("Bussiness");
            leaf("BussinessDocType", String.valueOf(b.docType()));
            leaf("BussinessDocReason", b.reason());
            if (b.staffInfo() != null) {
                staffInfo(b.staffInfo());
            }
            leaf("Paper", b.paper() ? "1" : "0");
            end();
        }
        end();
    }

    private void status(StatusPacket s) throws XMLStreamException {
        start("Status");
        start("ResponseFor");
        leaf("OrganId", s.responseFor().organId());
        leaf("Code", s.responseFor().code());
        leaf("PromulgationDate", date(s.responseFor().promulgationDate()));
        leaf("DocumentId", s.responseFor().documentId());
        end();
        organization("From", s.from());
        leaf("StatusCode", s.statusCode().code());
        leaf("Description", s.description());
        leaf("Timestamp", timestamp(s.timestamp()));
        if (s.staffInfo() != null) {
            staffInfo(s.staffInfo());
        }
        end();
    }

    private void staffInfo(StaffInfo staff) throws XMLStreamException {
        start("StaffInfo");
        leaf("Department", staff.department());
        leaf("Staff", staff.staff());
        leaf("Mobile", staff.mobile());
        leaf("Email", staff.email());
        end();
    }

    private void organization(String element, Organization o) throws XMLStreamException {
        start(element);
        leaf("OrganId", o.organId());
        leaf("OrganizationInCharge", o.organizationInCharge());
        leaf("OrganName", o.organName());
        leaf("OrganAdd", o.organAdd());
        leaf("Email", o.email());
        leaf("Telephone", o.telephone());
        leaf("Fax", o.fax());
        leaf("Website", o.website());
        end();
    }

    private void manifest(DocumentPacket packet) throws XMLStreamException {
        start("edXMLBody");
        start("edXMLManifest");
        xml.writeAttribute("version", "1.0");
        for (Attachment a : packet.attachments()) {
            start("Reference");
            xml.writeNamespace("xlink", XLINK);
            xml.writeAttribute("xlink", XLINK, "href", "cid:" + a.ref().contentId());
            xml.writeAttribute("xlink", XLINK, "type", "simple");
            leaf("ContentId", a.ref().contentId());
            leaf("AttachmentName", a.ref().name());
            leaf("ContentType", a.ref().contentType());
            leaf("Description", a.ref().description());
            end();
        }
        end();
        end();
    }

    /** The encoded attachments, outside the envelope and in the default namespace, as on the axis. */
    private void attachments(DocumentPacket packet) throws XMLStreamException {
        depth = 1;
        indent();
        xml.writeStartElement("", "AttachmentEncoded", EdXml.NAMESPACE);
        depth++;
        for (Attachment a : packet.attachments()) {
            indent();
            xml.writeStartElement("", "Attachment", EdXml.NAMESPACE);
            depth++;
            plainLeaf("ContentId", a.ref().contentId());
            plainLeaf("ContentType", a.ref().contentType());
            plainLeaf("Description", a.ref().description());
            plainLeaf("AttachmentName", a.ref().name());
            indent();
            xml.writeStartElement("", "ContentTransferEncoded", EdXml.NAMESPACE);
            encode(a.content());
            xml.writeEndElement();
            depth--;
            indent();
            xml.writeEndElement();
        }
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void encode(AttachmentContent content) throws XMLStreamException {
        Base64.Encoder encoder = Base64.getEncoder();
        byte[] buffer = new byte[CHUNK];
        try (InputStream in = content.open()) {
            int n;
            while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                byte[] chunk = n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n);
                xml.writeCharacters(new String(encoder.encode(chunk), java.nio.charset.StandardCharsets.US_ASCII));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void plainLeaf(String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        indent();
        xml.writeStartElement("", name, EdXml.NAMESPACE);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void start(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(P, name, EdXml.NAMESPACE);
        depth++;
    }

    private void empty(String name) throws XMLStreamException {
        indent();
        xml.writeEmptyElement(P, name, EdXml.NAMESPACE);
    }

    private void end() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void leaf(String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        indent();
        xml.writeStartElement(P, name, EdXml.NAMESPACE);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }

    private static String date(LocalDate date) {
        return date == null ? null : Formats.DATE.format(date);
    }

    private static String timestamp(LocalDateTime time) {
        return time == null ? null : Formats.TIMESTAMP.format(time);
    }
}
