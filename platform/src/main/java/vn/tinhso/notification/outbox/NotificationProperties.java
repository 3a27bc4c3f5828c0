package vn.tinhso.notification.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of notification delivery ({@code tinhso.notification.*}). The SMTP server itself is Spring Boot's
 * {@code spring.mail.host}/{@code port}: while it is unset, e-mail delivery is off and e-mails wait in the outbox.
 *
 * @param dispatch     run the dispatcher on this node; switch off on nodes that should only enqueue
 * @param pollInterval pause between two polls of the outbox
 * @param batchSize    most messages one poll delivers, so one node does not hog the queue
 * @param maxAttempts  attempts before a message is DEAD
 * @param backoff      wait after the first failed attempt; doubled after each further one
 * @param maxBackoff   longest wait between attempts
 * @param lease        how long a claimed message is reserved for its dispatcher; must exceed the longest send
 *                     (SMTP and gateway timeouts), or a slow send could be repeated by another node
 * @param outagePause  wait before trying again when the mail server or gateway cannot be reached at all; such
 *                     an outage is ours, not the message's, so it uses up no attempt
 * @param email        e-mail settings
 * @param sms          SMS gateway settings
 */
@ConfigurationProperties("tinhso.notification")
public record NotificationProperties(
        @DefaultValue("true") boolean dispatch,
        @DefaultValue("5s") Duration pollInterval,
        @DefaultValue("50") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("30s") Duration backoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("1m") Duration outagePause,
        @DefaultValue Email email,
        @DefaultValue Sms sms) {

    /**
     * @param senderAddress the From address (địa chỉ gửi)
     * @param senderName    the From display name
     */
    public record Email(
            @DefaultValue("khongtraloi@tinhso.gov.vn") String senderAddress,
            @DefaultValue("Cổng dịch vụ công Tỉnh Số") String senderName) {
    }

    /**
     * @param url     the gateway's endpoint; empty means SMS delivery is off and SMS wait in the outbox
     * @param apiKey  bearer token for the gateway
     * @param timeout connect and answer timeout of one call
     */
    public record Sms(
            @DefaultValue("") String url,
            @DefaultValue("") String apiKey,
            @DefaultValue("10s") Duration timeout) {

        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** Wait before attempt {@code attempts + 1}: {@code backoff × 2^(attempts − 1)}, at most {@code maxBackoff}. */
    public Duration backoffAfter(int attempts) {
        int doublings = Math.clamp(attempts - 1, 0, 30);
        long millis = backoff.toMillis() << doublings;
        return millis > maxBackoff.toMillis() ? maxBackoff : Duration.ofMillis(millis);
    }
}
