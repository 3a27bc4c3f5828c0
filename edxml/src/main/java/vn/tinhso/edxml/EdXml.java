package vn.tinhso.edxml;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Entry point of the codec: write a packet, read one, or list what makes one invalid.
 *
 * <pre>{@code
 * EdXml.write(packet, out);                                  // validates, then streams attachments as base64
 * Packet p = EdXml.read(in, AttachmentSink.directory(dir));   // validates, attachments go to files as they decode
 * }</pre>
 */
public final class EdXml {

    /** The namespace of QCVN 102:2016 packets. */
    public static final String NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016";

    private EdXml() {
    }

    /** Writes the packet as UTF-8 XML; refuses an invalid packet with every violation named. */
    public static void write(Packet packet, OutputStream out) {
        List<Violation> violations = validate(packet);
        if (!violations.isEmpty()) {
            throw new InvalidEdXml(violations);
        }
        new EdXmlWriter(out).write(packet);
    }

    public static byte[] toBytes(Packet packet) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(packet, out);
        return out.toByteArray();
    }

    /** Reads and validates a packet, passing attachments to the sink while they are decoded. */
    public static Packet read(InputStream in, AttachmentSink sink) {
        return new EdXmlReader(in, sink).read();
    }

    public static Packet read(byte[] xml) {
        return read(new ByteArrayInputStream(xml), AttachmentSink.inMemory());
    }

    /** Everything that makes the packet unfit to send; empty when it is valid. */
    public static List<Violation> validate(Packet packet) {
        return new EdXmlValidator().validate(packet);
    }
}
