package vn.tinhso.files.check;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Tells what a file is from its bytes (magic numbers), with Apache Tika's core detector.
 *
 * <p>The declared name is only a hint: Tika uses it to refine a type the bytes already show (a ZIP whose entries
 * look like OOXML, named {@code .docx}, is a Word document) but never to replace it — an executable or a ZIP named
 * {@code .pdf} stays an executable or a ZIP, and is refused by the policy. Only the first few kilobytes are read.
 */
@Component
public class ContentTypes {

    private final Tika tika = new Tika();

    /** The media type of {@code content}, without parameters, in lower case; closes the stream. */
    public String detect(InputStream content, String name) {
        try (InputStream in = new BufferedInputStream(content)) {
            String type = tika.detect(in, name);
            int parameters = type.indexOf(';');
            return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
