package vn.tinhso.files.web;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The {@code Content-Disposition} of a download (RFC 6266): {@code filename*} carries the Vietnamese name in UTF-8
 * (RFC 8187), {@code filename} an ASCII fallback without diacritics for old clients. Names are already sanitised;
 * quotes, backslashes and anything outside printable ASCII are still kept out of the header.
 */
final class ContentDispositions {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private ContentDispositions() {
    }

    static String attachment(String name) {
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + percentEncoded(name);
    }

    static String asciiFallback(String name) {
        String bare = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('đ', 'd').replace('Đ', 'D');
        StringBuilder ascii = new StringBuilder(bare.length());
        bare.chars().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        return ascii.toString();
    }

    static String percentEncoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || ATTR_CHARS.indexOf(c) >= 0)) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
