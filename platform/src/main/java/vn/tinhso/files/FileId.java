package vn.tinhso.files;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifier of a stored file (mã tệp): a random UUID, so ids cannot be guessed from one another. */
public record FileId(UUID value) {

    // UUID.fromString accepts "1-1-1-1-1"; only the canonical 8-4-4-4-12 hex form is an id.
    private static final Pattern FORMAT =
            Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    public FileId {
        Objects.requireNonNull(value, "value");
    }

    public static FileId random() {
        return new FileId(UUID.randomUUID());
    }

    @JsonCreator
    public static FileId of(String text) {
        String canonical = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (!FORMAT.matcher(canonical).matches()) {
            throw new FileIdMalformed(text);
        }
        return new FileId(UUID.fromString(canonical));
    }

    @JsonValue
    @Override
    public String toString() {
        return value.toString();
    }
}
