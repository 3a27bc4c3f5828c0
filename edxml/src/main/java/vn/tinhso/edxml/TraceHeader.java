package vn.tinhso.edxml;

import java.time.LocalDateTime;

/** One hop of a packet's route (vết xử lý): the agency that handled it and when. */
public record TraceHeader(String organId, LocalDateTime timestamp) {
}
