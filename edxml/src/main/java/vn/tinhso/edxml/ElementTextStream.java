package vn.tinhso.edxml;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The base64 text of the element the reader stands on, as ASCII bytes without line breaks, pulled event by event until its end tag: the base64
 * of an attachment is never collected into one string.
 */
final class ElementTextStream extends InputStream {

    private final XMLStreamReader reader;
    private char[] chars = new char[0];
    private int position;
    private int limit;
    private boolean ended;

    ElementTextStream(XMLStreamReader reader) {
        this.reader = reader;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int n = 0;
        while (n == 0) {
            if (position >= limit && (ended || !fill())) {
                return -1;
            }
            while (n < length && position < limit) {
                char c = chars[position++];
                if (isBase64(c)) {
                    target[offset + n++] = (byte) c;
                } else if (!Character.isWhitespace(c)) {
                    throw new IOException("Illegal base64 character '" + c + "'");
                }
            }
        }
        return n;
    }

    private static boolean isBase64(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '/'
                || c == '=';
    }

    /** Moves to the next text event; false at the element's end tag. */
    private boolean fill() throws IOException {
        try {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    int length = reader.getTextLength();
                    if (chars.length < length) {
                        chars = new char[length];
                    }
                    reader.getTextCharacters(0, chars, 0, length);
                    position = 0;
                    limit = length;
                    return true;
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    ended = true;
                    return false;
                }
                case XMLStreamConstants.START_ELEMENT -> throw new XMLStreamException(
                        "ContentTransferEncoded must hold text only", reader.getLocation());
                default -> {
                    position = limit = 0;
                    return true;
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Reads past whatever the consumer left, so the reader ends on the element's end tag. */
    void skipToEnd() {
        try {
            while (!ended) {
                position = limit;
                fill();
            }
        } catch (IOException e) {
            throw new InvalidEdXml(new Violation("AttachmentEncoded/Attachment/ContentTransferEncoded",
                    "không phải XML hợp lệ (not well-formed XML)"), e);
        }
    }
}
