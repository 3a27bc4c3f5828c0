package vn.tinhso.notification.email;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Message-ID headers derived from the idempotency key: the same message always carries the same id. */
final class MessageIds {

    private MessageIds() {
    }

    /** {@code <tb.<hash of the key>@<sender's domain>>}; hashed because keys may hold characters ids may not. */
    static String of(String idempotencyKey, String senderAddress) {
        String domain = senderAddress.substring(senderAddress.lastIndexOf('@') + 1);
        return "<tb." + sha256(idempotencyKey).substring(0, 40) + "@" + domain + ">";
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is part of every JDK", impossible);
        }
    }
}
