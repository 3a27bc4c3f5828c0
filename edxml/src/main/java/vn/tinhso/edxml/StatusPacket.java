package vn.tinhso.edxml;

import java.time.LocalDateTime;

/**
 * A processing status for a received document (gói tin trạng thái): which document, who reports, the state, a
 * description, when, and the officer.
 */
public record StatusPacket(ResponseFor responseFor, Organization from, StatusCode statusCode, String description,
                           LocalDateTime timestamp, StaffInfo staffInfo) implements Packet {
}
