package vn.tinhso.notification.sms;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.outbox.ChannelSender;
import vn.tinhso.notification.outbox.Delivery;
import vn.tinhso.notification.outbox.OutgoingMessage;

/** Hands SMS to the configured {@link SmsGateway}, the idempotency key with each. */
@Component
class SmsSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(SmsSender.class);

    private final SmsGateway gateway;

    SmsSender(SmsGateway gateway) {
        this.gateway = gateway;
        if (!gateway.enabled()) {
            log.warn("SMS delivery is off: tinhso.notification.sms.url is not set. SMS stay queued in the outbox "
                    + "and are sent once it is set.");
        }
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean enabled() {
        return gateway.enabled();
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        try {
            return gateway.send(new Sms(message.recipient(), message.body(), message.idempotencyKey()));
        } catch (RuntimeException broken) {
            // A gateway of the province's own making that breaks the never-throw contract: retry, do not lose.
            return new Delivery.Retryable("SMS gateway failed: " + broken);
        }
    }
}
