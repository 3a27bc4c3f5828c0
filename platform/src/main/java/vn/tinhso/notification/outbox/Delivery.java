package vn.tinhso.notification.outbox;

/** What came of handing one message to the mail server or the SMS gateway. */
public sealed interface Delivery {

    /** Accepted; {@code providerId} is the provider's id for it (Message-ID, gateway message id). */
    record Sent(String providerId) implements Delivery {
    }

    /** Failed in a way that may pass (a 5xx, a timeout): try again after the back-off. */
    record Retryable(String error) implements Delivery {
    }

    /** Refused for good (a 4xx, a rejected address): trying again would fail again. */
    record Rejected(String error) implements Delivery {
    }

    /** The provider could not be reached at all (connection refused): wait, without spending an attempt. */
    record Unavailable(String error) implements Delivery {
    }
}
