package vn.tinhso.identity.oidc;

import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.tinhso.identity.jdbc.IdentityKeys;

/**
 * The secret the platform's pages (relying party) use with the embedded provider: random, created once, kept in the
 * database so every instance of a cluster shares it.
 */
@Component
class EmbeddedClientSecret {

    private final IdentityKeys keys;
    private volatile String secret;

    EmbeddedClientSecret(IdentityKeys keys) {
        this.keys = keys;
    }

    String value() {
        if (secret == null) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            secret = keys.getOrCreate("oidc-web-client-secret", () -> HexFormat.of().formatHex(bytes));
        }
        return secret;
    }
}
