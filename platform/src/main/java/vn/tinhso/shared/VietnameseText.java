package vn.tinhso.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Accent folding for Vietnamese: "Sóc Trăng" and "soc trang" compare equal.
 *
 * <p>Unicode decomposition strips the tone and vowel marks; đ/Đ is a letter of its own, not a decomposable accent,
 * so it is mapped by hand. The database does the same with {@code unaccent}; this is for the Java side (CSV headers,
 * in-memory filters).
 */
public final class VietnameseText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private VietnameseText() {
    }

    /** Lower case, without diacritics, with runs of white space collapsed. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }
}
