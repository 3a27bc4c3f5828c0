package vn.tinhso.notification.outbox;

import vn.tinhso.notification.Channel;

/**
 * Delivers messages of one channel. Implementations never throw: every outcome is a {@link Delivery}. They must pass
 * {@link OutgoingMessage#idempotencyKey()} to the provider so that a repeat after a crash can be dropped there.
 */
public interface ChannelSender {

    Channel channel();

    /** Whether the channel is configured on this node; messages of a channel that is not stay queued. */
    boolean enabled();

    Delivery send(OutgoingMessage message);
}
