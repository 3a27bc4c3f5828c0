package vn.tinhso.notification.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import vn.tinhso.notification.Channel;
import vn.tinhso.notification.outbox.ChannelSender;
import vn.tinhso.notification.outbox.Delivery;
import vn.tinhso.notification.outbox.NotificationProperties;
import vn.tinhso.notification.outbox.OutgoingMessage;

/**
 * Sends e-mail (thư điện tử) through Spring Boot's {@link JavaMailSender}, which exists only when
 * {@code spring.mail.host} is set: without it e-mail is off and e-mails wait in the outbox, neither lost nor failed.
 */
@Component
class EmailSender implements ChannelSender {

    private static final Logger log = LoggerFactory.getLogger(EmailSender.class);

    private final JavaMailSender mail;
    private final NotificationProperties.Email settings;

    EmailSender(ObjectProvider<JavaMailSender> mail, NotificationProperties properties) {
        this.mail = mail.getIfAvailable();
        this.settings = properties.email();
        if (this.mail == null) {
            log.warn("E-mail delivery is off: spring.mail.host is not set. E-mails stay queued in the outbox "
                    + "and are sent once it is set.");
        } else if (this.mail instanceof JavaMailSenderImpl impl) {
            boundWaiting(impl);
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean enabled() {
        return mail != null;
    }

    @Override
    public Delivery send(OutgoingMessage message) {
        String messageId = MessageIds.of(message.idempotencyKey(), settings.senderAddress());
        try {
            mail.send(mimeMessage(message, messageId));
            return new Delivery.Sent(messageId);
        } catch (MailException | MessagingException | UnsupportedEncodingException failure) {
            return SmtpFailures.classify(failure);
        }
    }

    private MimeMessage mimeMessage(OutgoingMessage message, String messageId)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage mime = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
        helper.setFrom(settings.senderAddress(), settings.senderName());
        helper.setTo(message.recipient());
        helper.setSubject(message.subject());
        helper.setText(message.body(), false);
        // Stable across retries: a repeat after a crash carries the same id, so mail systems can drop it.
        mime.setHeader("Message-ID", messageId);
        return mime;
    }

    /**
     * JavaMail waits for ever by default; a send must end well within the dispatcher's lease, or another node
     * would take the message over while this one is still sending it. Settings given in
     * {@code spring.mail.properties} win.
     */
    private static void boundWaiting(JavaMailSenderImpl impl) {
        impl.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "10000");
        impl.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "30000");
        impl.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", "30000");
    }
}
