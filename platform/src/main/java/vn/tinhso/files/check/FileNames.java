package vn.tinhso.files.check;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a declared file name (tên tệp) safe to store and to offer on download: no directories, no control or
 * invisible characters, none of the characters Windows reserves, not a device name, at most {@value #MAX_LENGTH}
 * characters, never empty. Vietnamese letters are kept as they are.
 */
public final class FileNames {

    /** What an upload without a usable name is called: "tệp đính kèm" (attachment). */
    public static final String FALLBACK = "tep-dinh-kem";
    static final int MAX_LENGTH = 150;
    private static final int MAX_EXTENSION = 16;

    // \p{Cc}: control characters (NUL, newlines); \p{Cf}: invisible format characters such as U+202E
    // RIGHT-TO-LEFT OVERRIDE, which makes "hoso\u202Efdp.exe" look like "hosoexe.pdf".
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0085\\u2028\\u2029]+");
    private static final Pattern DEVICE =
            Pattern.compile("(con|prn|aux|nul|com[0-9]|lpt[0-9])(\\..*)?", Pattern.CASE_INSENSITIVE);

    private FileNames() {
    }

    public static String sanitise(String declared) {
        if (declared == null) {
            return FALLBACK;
        }
        // One spelling for the same letters: macOS and some Vietnamese keyboards send decomposed "ồ".
        String name = Normalizer.normalize(declared, Normalizer.Form.NFC);
        // Line breaks and tabs separate words: they become spaces before control characters are dropped.
        name = SPACES.matcher(name).replaceAll(" ");
        name = INVISIBLE.matcher(name).replaceAll("");
        // Only the last segment of a path: "../../etc/passwd" and "C:\\Users\\an\\hồ sơ.pdf" alike.
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = RESERVED.matcher(name).replaceAll("_");
        name = SPACES.matcher(name).replaceAll(" ");
        // Leading dots hide files (and ".." climbs); trailing dots and spaces are dropped by Windows.
        name = strip(name, " .");
        if (DEVICE.matcher(name).matches()) {
            name = "_" + name;
        }
        name = shorten(name);
        return name.isEmpty() ? FALLBACK : name;
    }

    /** Cuts the base name, not the extension, and never between the two halves of a surrogate pair. */
    private static String shorten(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        String base = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        base = base.substring(0, base.offsetByCodePoints(0, keep));
        return strip(base, " .") + extension;
    }

    private static String strip(String text, String characters) {
        int start = 0;
        int end = text.length();
        while (start < end && characters.indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && characters.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The name's extension in lower case, without the dot; empty when it has none. */
    public static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
