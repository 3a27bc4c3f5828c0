package vn.tinhso.integration.log;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import vn.tinhso.integration.IntegrationProperties;
import vn.tinhso.integration.secrets.PlatformSecrets;

/**
 * The platform's Ed25519 key pair that seals the message log. Kept in a file when
 * {@code tinhso.integration.log.seal-key-file} is set (made there on first start, readable by the owner only),
 * otherwise in the database; its public key is published so that anyone can check a seal (ADR 0012).
 */
@Component
public class SealingKey {

    static final String ALGORITHM = "Ed25519";

    private final KeyPair pair;
    private final String id;

    SealingKey(IntegrationProperties properties, PlatformSecrets secrets) {
        String file = properties.log().sealKeyFile();
        String encoded = file == null || file.isBlank() ? secrets.getOrCreate("log-seal-key", SealingKey::generate)
                : fromFile(Path.of(file).toAbsolutePath().normalize());
        this.pair = decode(encoded);
        this.id = idOf(pair.getPublic());
    }

    public String id() {
        return id;
    }

    /** The public key, X.509 DER in base64. */
    public String publicKey() {
        return Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
    }

    String sign(String text) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(pair.getPrivate());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign with Ed25519", e);
        }
    }

    boolean verify(String text, String signatureBase64) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initVerify(pair.getPublic());
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, generate());
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // Windows: the directory's permissions apply.
                }
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the sealing key " + file, e);
        }
    }

    /** {@code base64(PKCS#8 private key):base64(X.509 public key)}. */
    private static String generate() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
            return Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + ":"
                    + Base64.getEncoder().encodeToString(pair.getPublic().getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Every JDK since 15 has Ed25519", e);
        }
    }

    private static KeyPair decode(String encoded) {
        String[] parts = encoded.split(":");
        try {
            KeyFactory keys = KeyFactory.getInstance(ALGORITHM);
            PrivateKey privateKey = keys.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(parts[0])));
            PublicKey publicKey = keys.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(parts[1])));
            return new KeyPair(publicKey, privateKey);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The message log sealing key is unreadable", e);
        }
    }

    private static String idOf(PublicKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
