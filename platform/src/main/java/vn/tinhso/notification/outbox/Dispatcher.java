package vn.tinhso.notification.outbox;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.NotificationStatus;

/**
 * Delivers due messages: claims one row at a time (so a lease only has to cover one send), hands it to the
 * channel's sender and records the outcome. Several dispatchers — threads or platform nodes — may run at once;
 * the claim's {@code for update skip locked} gives each row to one of them.
 */
public class Dispatcher {

    private static final Logger log = LoggerFactory.getLogger(Dispatcher.class);

    private final Outbox outbox;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);
    private final NotificationProperties properties;

    Dispatcher(Outbox outbox, List<ChannelSender> senders, NotificationProperties properties) {
        this.outbox = outbox;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
        this.properties = properties;
    }

    /** Delivers up to one batch of due messages; answers how many were handed to a sender. */
    public int dispatchDue() {
        List<Channel> channels = enabledChannels();
        int handled = 0;
        while (!channels.isEmpty() && handled < properties.batchSize()) {
            Optional<OutgoingMessage> claimed = outbox.claimNext(channels, properties.lease());
            if (claimed.isEmpty()) {
                break;
            }
            deliver(claimed.get());
            handled++;
        }
        return handled;
    }

    private List<Channel> enabledChannels() {
        return senders.values().stream().filter(ChannelSender::enabled).map(ChannelSender::channel).toList();
    }

    private void deliver(OutgoingMessage message) {
        if (message.attempt() > properties.maxAttempts()) {
            // Only after a crash during the last attempt: its lease expired, no attempt is left.
            outbox.giveUp(message.id(), NotificationStatus.DEAD, "interrupted during the last attempt");
            return;
        }
        record(message, sendSafely(message));
    }

    private Delivery sendSafely(OutgoingMessage message) {
        try {
            return senders.get(message.channel()).send(message);
        } catch (RuntimeException broken) {
            // Senders should answer, not throw; if one does, the message is retried rather than left stranded.
            log.error("Sender for {} failed on notification {}", message.channel(), message.id(), broken);
            return new Delivery.Retryable(String.valueOf(broken));
        }
    }

    private void record(OutgoingMessage message, Delivery delivery) {
        switch (delivery) {
            case Delivery.Sent sent -> outbox.markSent(message.id(), sent.providerId());
            case Delivery.Rejected rejected -> {
                log.warn("Notification {} refused by the provider: {}", message.id(), rejected.error());
                outbox.giveUp(message.id(), NotificationStatus.FAILED, rejected.error());
            }
            case Delivery.Unavailable outage -> {
                log.warn("{} provider unreachable, notification {} stays queued: {}", message.channel(),
                        message.id(), outage.error());
                outbox.pauseAfterOutage(message.id(), outage.error(), properties.outagePause());
            }
            case Delivery.Retryable failure -> retryOrBury(message, failure.error());
        }
    }

    private void retryOrBury(OutgoingMessage message, String error) {
        if (message.attempt() >= properties.maxAttempts()) {
            log.warn("Notification {} is DEAD after {} attempts: {}", message.id(), message.attempt(), error);
            outbox.giveUp(message.id(), NotificationStatus.DEAD, error);
        } else {
            outbox.retryAfter(message.id(), error, properties.backoffAfter(message.attempt()));
        }
    }
}
