package vn.tinhso.files;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a file must be to be accepted: at most {@code maxBytes} long and of one of the allowed media types (detected
 * from its bytes). The platform has one default ({@link FileStore#defaultPolicy()}); a procedure with other rules
 * (large survey drawings, only PDF) passes its own.
 */
public record FilePolicy(long maxBytes, Set<String> allowedTypes) {

    public FilePolicy {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        }
        allowedTypes = allowedTypes.stream().map(FilePolicy::baseType).collect(Collectors.toUnmodifiableSet());
    }

    public boolean allows(String contentType) {
        return contentType != null && allowedTypes.contains(baseType(contentType));
    }

    public FilePolicy withMaxBytes(long max) {
        return new FilePolicy(max, allowedTypes);
    }

    public FilePolicy withAllowedTypes(Set<String> types) {
        return new FilePolicy(maxBytes, types);
    }

    /** {@code Text/XML; charset=UTF-8} and {@code text/xml} are the same type to a policy. */
    static String baseType(String contentType) {
        int parameters = contentType.indexOf(';');
        String base = parameters < 0 ? contentType : contentType.substring(0, parameters);
        return base.strip().toLowerCase(Locale.ROOT);
    }
}
