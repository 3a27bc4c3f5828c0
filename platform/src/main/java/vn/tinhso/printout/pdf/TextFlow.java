package vn.tinhso.printout.pdf;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Greedy word wrapping of styled runs into lines that fit a width. */
final class TextFlow {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** A word and the style it is printed in. */
    record Word(String text, Style style) {

        float width() {
            return style.width(text);
        }
    }

    private TextFlow() {
    }

    /**
     * The runs broken into lines no wider than {@code width}; a word longer than a whole line (a URL) is cut.
     * Text is normalised to NFC first: the fonts hold precomposed Vietnamese letters ("ệ"), while input typed on some
     * keyboards arrives decomposed ("e" + two combining marks) and would print with misplaced marks.
     */
    static List<List<Word>> lines(List<Run> runs, float width) {
        List<List<Word>> lines = new ArrayList<>();
        List<Word> line = new ArrayList<>();
        float used = 0;
        for (Word word : words(runs, width)) {
            float needed = (line.isEmpty() ? 0 : word.style().width(" ")) + word.width();
            if (!line.isEmpty() && used + needed > width) {
                lines.add(line);
                line = new ArrayList<>();
                needed = word.width();
                used = 0;
            }
            line.add(word);
            used += needed;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    /** The width of a line as printed: its words with single spaces between them. */
    static float width(List<Word> line) {
        float width = 0;
        for (int i = 0; i < line.size(); i++) {
            width += line.get(i).width() + (i > 0 ? line.get(i).style().width(" ") : 0);
        }
        return width;
    }

    static String clean(String text) {
        return BLANKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    private static List<Word> words(List<Run> runs, float width) {
        List<Word> words = new ArrayList<>();
        for (Run run : runs) {
            String text = clean(run.text());
            if (text.isEmpty()) {
                continue;
            }
            for (String token : text.split(" ")) {
                words.addAll(cut(new Word(token, run.style()), width));
            }
        }
        return words;
    }

    private static List<Word> cut(Word word, float width) {
        if (word.width() <= width) {
            return List.of(word);
        }
        List<Word> pieces = new ArrayList<>();
        StringBuilder piece = new StringBuilder();
        word.text().codePoints().forEach(codePoint -> {
            String next = piece + Character.toString(codePoint);
            if (!piece.isEmpty() && word.style().width(next) > width) {
                pieces.add(new Word(piece.toString(), word.style()));
                piece.setLength(0);
            }
            piece.appendCodePoint(codePoint);
        });
        pieces.add(new Word(piece.toString(), word.style()));
        return pieces;
    }
}
