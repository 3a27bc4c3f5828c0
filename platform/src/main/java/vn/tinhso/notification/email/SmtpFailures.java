package vn.tinhso.notification.email;

import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.MailSendException;
import vn.tinhso.notification.outbox.Delivery;

/** Sorts SMTP failures into "our server is down", "this message will never go" and "try again later". */
final class SmtpFailures {

    private SmtpFailures() {
    }

    static Delivery classify(Exception failure) {
        List<Throwable> causes = causes(failure);
        String error = causes.stream().map(cause -> cause.getClass().getSimpleName() + ": " + cause.getMessage())
                .collect(Collectors.joining(" ← "));
        if (failure instanceof MailAuthenticationException || causes.stream().anyMatch(SmtpFailures::unreachable)) {
            return new Delivery.Unavailable(error);
        }
        if (failure instanceof MailParseException || failure instanceof MailPreparationException
                || causes.stream().anyMatch(SmtpFailures::refusedForGood)) {
            return new Delivery.Rejected(error);
        }
        return new Delivery.Retryable(error);
    }

    private static boolean unreachable(Throwable cause) {
        return cause instanceof ConnectException || cause instanceof UnknownHostException
                || cause instanceof NoRouteToHostException;
    }

    /**
     * An address that cannot even be parsed, or one the server refused for good: JavaMail lists a recipient
     * answered with 5xx as invalid, one answered with 4xx (try later) as valid but unsent.
     */
    private static boolean refusedForGood(Throwable cause) {
        return cause instanceof AddressException
                || cause instanceof SendFailedException refused && length(refused.getInvalidAddresses()) > 0
                        && length(refused.getValidUnsentAddresses()) == 0;
    }

    private static int length(Object[] addresses) {
        return addresses == null ? 0 : addresses.length;
    }

    /**
     * The failure and everything behind it. Spring reports a failed send with the JavaMail exception in
     * {@link MailSendException#getFailedMessages()}, not as its cause, so those chains are followed too.
     */
    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = new ArrayList<>();
        for (Throwable cause = failure; cause != null && !all.contains(cause) && all.size() < 20;
                cause = cause.getCause()) {
            all.add(cause);
            if (cause instanceof MailSendException send) {
                send.getFailedMessages().values().forEach(nested -> all.addAll(causes(nested)));
            }
        }
        return all;
    }
}
