package vn.tinhso.edxml;

import java.util.List;

/** The route of a packet and the business reason for sending it (TraceHeaderList). */
public record TraceHeaderList(List<TraceHeader> traces, Business business) {

    public TraceHeaderList {
        traces = traces == null ? List.of() : List.copyOf(traces);
    }
}
