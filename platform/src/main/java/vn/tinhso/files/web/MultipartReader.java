package vn.tinhso.files.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a multipart/form-data body (RFC 7578) part by part as it arrives, handing each part's content out as a
 * stream — so a 20 MiB scan flows straight to the blob store instead of being spooled whole by the servlet
 * container first. The buffer holds 64 KiB at most.
 */
final class MultipartReader {

    private static final int BUFFER = 64 * 1024;
    private static final int MAX_HEADER_LINE = 8 * 1024;
    private static final int MAX_HEADERS = 32;

    private final InputStream in;
    private final byte[] delimiter;
    private final byte[] buffer = new byte[BUFFER];
    private int start;
    private int end;
    private boolean eof;
    private boolean finished;
    private PartContent current;

    MultipartReader(InputStream in, String boundary) {
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new MultipartMalformed();
        }
        this.in = in;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // The first delimiter has no line break before it; pretending it had lets one search find them all.
        buffer[0] = '\r';
        buffer[1] = '\n';
        end = 2;
        // What comes before the first delimiter (the preamble) is read as a part and thrown away.
        current = new PartContent();
    }

    /** One part: its headers (names in lower case) and its content, valid until {@link #next()} is called. */
    record Part(Map<String, String> headers, InputStream content) {

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** The next part, or empty after the closing delimiter; skips what was not read of the previous part. */
    Optional<Part> next() throws IOException {
        if (finished) {
            return Optional.empty();
        }
        current.skipRest();
        require(2);
        if (buffer[start] == '-' && buffer[start + 1] == '-') {
            finished = true;
            return Optional.empty();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        readLine(); // the rest of the delimiter line: transport padding, if any, then CRLF
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon <= 0 || headers.size() >= MAX_HEADERS) {
                throw new MultipartMalformed();
            }
            headers.put(line.substring(0, colon).strip().toLowerCase(Locale.ROOT), line.substring(colon + 1).strip());
        }
        current = new PartContent();
        return Optional.of(new Part(headers, current));
    }

    /** A header line without its CRLF; browsers send file names in it as UTF-8. */
    private String readLine() throws IOException {
        int searched = 0;
        while (true) {
            for (int i = start + searched; i + 1 < end; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, start, i - start, StandardCharsets.UTF_8);
                    start = i + 2;
                    return line;
                }
            }
            searched = Math.max(0, end - start - 1);
            if (searched > MAX_HEADER_LINE || eof) {
                throw new MultipartMalformed();
            }
            fill();
        }
    }

    private void require(int bytes) throws IOException {
        while (end - start < bytes) {
            if (eof) {
                throw new MultipartMalformed();
            }
            fill();
        }
    }

    /** Reads more, first moving the unread bytes to the front of the buffer. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
        } else {
            end += read;
        }
    }

    private int delimiterAt() {
        outer:
        for (int i = start; i <= end - delimiter.length; i++) {
            for (int j = 0; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** A part's content: the bytes up to the next delimiter. */
    private final class PartContent extends InputStream {

        private boolean done;

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (end - start < delimiter.length && !eof) {
                fill();
            }
            int found = delimiterAt();
            if (found == start) {
                start += delimiter.length;
                done = true;
                return -1;
            }
            int available;
            if (found >= 0) {
                available = found - start;
            } else if (eof) {
                // The body ended without its closing delimiter: an interrupted upload.
                throw new MultipartMalformed();
            } else {
                // Keep what could be the beginning of a delimiter until more has arrived.
                available = end - start - (delimiter.length - 1);
            }
            int count = Math.min(length, available);
            System.arraycopy(buffer, start, target, offset, count);
            start += count;
            return count;
        }

        void skipRest() throws IOException {
            byte[] sink = new byte[8192];
            while (read(sink, 0, sink.length) >= 0) {
                // discard
            }
        }
    }
}
