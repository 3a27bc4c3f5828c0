package vn.tinhso.sdk;

import java.time.Instant;

/** A bearer token and when it stops working. */
record AccessToken(String value, Instant expiresAt, String scope) {
}
