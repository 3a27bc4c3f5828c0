package vn.tinhso.edxml;

/** An edXML packet: either an official document or a processing status for one. */
public sealed interface Packet permits DocumentPacket, StatusPacket {
}
