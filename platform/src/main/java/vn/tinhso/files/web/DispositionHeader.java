package vn.tinhso.files.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a part's {@code Content-Disposition: form-data; name="file"; filename="hồ sơ.pdf"}: quoted
 * strings with backslash escapes, and {@code filename*=UTF-8''...} (RFC 8187) decoded.
 */
final class DispositionHeader {

    private DispositionHeader() {
    }

    static Map<String, String> parameters(String header) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (header == null) {
            return parameters;
        }
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int equals = header.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String name = header.substring(i + 1, equals).strip().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = equals + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    if (header.charAt(j) == '\\' && j + 1 < header.length()) {
                        j++;
                    }
                    value.append(header.charAt(j));
                }
                j = header.indexOf(';', j);
            } else {
                int semicolon = header.indexOf(';', j);
                value.append(header, j, semicolon < 0 ? header.length() : semicolon);
                j = semicolon;
            }
            parameters.put(name, name.endsWith("*") ? extended(value.toString().strip()) : value.toString());
            i = j;
        }
        return parameters;
    }

    /** {@code UTF-8''h%E1%BB%93%20s%C6%A1.pdf}; other charsets are not sent by today's clients. */
    private static String extended(String value) {
        int quote = value.indexOf("''");
        if (quote < 0 || !value.substring(0, quote).equalsIgnoreCase("UTF-8")) {
            return null;
        }
        try {
            return URLDecoder.decode(value.substring(quote + 2).replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
