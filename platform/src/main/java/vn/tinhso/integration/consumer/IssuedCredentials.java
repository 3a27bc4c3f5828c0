package vn.tinhso.integration.consumer;

/** A consumer key and its secret, shown once when created or rotated and never again. */
public record IssuedCredentials(String consumerKey, String consumerSecret, Consumer consumer) {
}
