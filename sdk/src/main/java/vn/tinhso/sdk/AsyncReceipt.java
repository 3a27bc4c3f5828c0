package vn.tinhso.sdk;

import java.net.URI;

/** The gateway accepted a message for store-and-forward delivery (202): its id, state, and where to poll. */
public record AsyncReceipt(String messageId, String status, URI location) {
}
