package vn.tinhso.notification.outbox;

import vn.tinhso.notification.Channel;

/** A claimed message as a channel sender gets it. */
public record OutgoingMessage(long id, String idempotencyKey, Channel channel, String recipient, String subject,
        String body, int attempt) {
}
