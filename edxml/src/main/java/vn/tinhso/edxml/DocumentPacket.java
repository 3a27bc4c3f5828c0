package vn.tinhso.edxml;

import java.util.List;

/**
 * An official document sent between agencies (gói tin văn bản điện tử): header, route and attachments. The
 * manifest is derived from the attachments, so a built packet cannot name a file it does not carry.
 */
public record DocumentPacket(MessageHeader header, TraceHeaderList traceHeaderList, List<Attachment> attachments)
        implements Packet {

    public DocumentPacket {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
