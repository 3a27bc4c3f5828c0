package vn.tinhso.files.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MultipartReaderTest {

    private static final String BOUNDARY = "----WebKitFormBoundary7MA4YWxkTrZu0gW";

    @Test
    void readsEveryPartWithItsHeadersAndExactContent() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        byte[] body = body(part("form-data; name=\"note\"", "ghi chú".getBytes(StandardCharsets.UTF_8)),
                part("form-data; name=\"file\"; filename=\"hồ sơ.pdf\"", file));

        // One byte at a time at first, to cut delimiters and headers everywhere.
        MultipartReader reader = new MultipartReader(trickle(body), BOUNDARY);

        MultipartReader.Part note = reader.next().orElseThrow();
        assertThat(note.header("Content-Disposition")).isEqualTo("form-data; name=\"note\"");
        assertThat(new String(note.content().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("ghi chú");
        MultipartReader.Part upload = reader.next().orElseThrow();
        assertThat(DispositionHeader.parameters(upload.header("content-disposition")))
                .containsEntry("name", "file").containsEntry("filename", "hồ sơ.pdf");
        assertThat(upload.content().readAllBytes()).isEqualTo(file);
        assertThat(reader.next()).isEmpty();
    }

    @Test
    void skipsWhatWasNotReadOfAPart() throws IOException {
        byte[] body = body(part("form-data; name=\"a\"", new byte[100_000]),
                part("form-data; name=\"file\"", "x".getBytes(StandardCharsets.US_ASCII)));
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body), BOUNDARY);

        reader.next().orElseThrow();
        assertThat(reader.next().orElseThrow().content().readAllBytes()).containsExactly('x');
    }

    @Test
    void keepsContentThatLooksLikeTheStartOfADelimiter() throws IOException {
        byte[] tricky = ("line\r\n--" + BOUNDARY.substring(0, 10) + "\r\n--").getBytes(StandardCharsets.US_ASCII);
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(body(part("form-data; name=\"file\"",
                tricky))), BOUNDARY);

        assertThat(reader.next().orElseThrow().content().readAllBytes()).isEqualTo(tricky);
    }

    @Test
    void refusesABodyCutShort() throws IOException {
        byte[] body = body(part("form-data; name=\"file\"", new byte[5000]));
        byte[] cut = java.util.Arrays.copyOf(body, 3000);
        MultipartReader reader = new MultipartReader(new ByteArrayInputStream(cut), BOUNDARY);

        InputStream content = reader.next().orElseThrow().content();
        assertThatThrownBy(content::readAllBytes).isInstanceOf(MultipartMalformed.class);
        assertThatThrownBy(() -> new MultipartReader(InputStream.nullInputStream(), BOUNDARY).next())
                .isInstanceOf(MultipartMalformed.class);
    }

    @Test
    void readsRfc8187FileNames() {
        assertThat(DispositionHeader.parameters(
                "form-data; name=\"file\"; filename=\"ho so.pdf\"; filename*=UTF-8''h%E1%BB%93%20s%C6%A1.pdf"))
                .containsEntry("filename*", "hồ sơ.pdf").containsEntry("filename", "ho so.pdf");
        assertThat(DispositionHeader.parameters("form-data; name=\"file\"; filename=\"a\\\"b.pdf\""))
                .containsEntry("filename", "a\"b.pdf");
    }

    @Test
    void offersVietnameseNamesInUtf8WithAnAsciiFallback() {
        assertThat(ContentDispositions.attachment("Đơn \"gấp\".pdf")).isEqualTo(
                "attachment; filename=\"Don _gap_.pdf\"; filename*=UTF-8''%C4%90%C6%A1n%20%22g%E1%BA%A5p%22.pdf");
    }

    private static byte[] part(String disposition, byte[] content) {
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: " + disposition
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        part.writeBytes(content);
        part.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        return part.toByteArray();
    }

    private static byte[] body(byte[]... parts) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("preamble to ignore\r\n".getBytes(StandardCharsets.US_ASCII));
        for (byte[] part : parts) {
            body.writeBytes(part);
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    /** Hands out the first kilobytes one byte per read, as a slow network would. */
    private static InputStream trickle(byte[] body) {
        return new FilterInputStream(new ByteArrayInputStream(body)) {
            private int served;

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                return super.read(b, off, served++ < 2000 ? Math.min(len, 1) : len);
            }
        };
    }
}
