package vn.tinhso.files.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The INSTREAM protocol, spoken to a tiny fake clamd on a loopback socket. */
class ClamdScannerTest {

    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Test
    void sendsTheContentInLengthPrefixedChunksEndedByAZeroLength() throws Exception {
        byte[] content = new byte[150_000];
        java.util.Arrays.fill(content, (byte) 'a');
        try (FakeClamd clamd = new FakeClamd("stream: OK")) {
            VirusScanner.ScanResult result = scanner(clamd).scan(new ByteArrayInputStream(content), "a.pdf");

            assertThat(result.clean()).isTrue();
            Received received = clamd.received();
            assertThat(received.command()).isEqualTo("zINSTREAM");
            assertThat(received.content()).isEqualTo(content);
            assertThat(received.chunks()).isGreaterThan(1);
        }
    }

    @Test
    void reportsTheSignatureClamdFound() throws Exception {
        try (FakeClamd clamd = new FakeClamd("stream: Win.Test.EICAR_HDB-1 FOUND")) {
            VirusScanner.ScanResult result = scanner(clamd)
                    .scan(new ByteArrayInputStream(EICAR.getBytes(StandardCharsets.US_ASCII)), "eicar.pdf");

            assertThat(result.clean()).isFalse();
            assertThat(result.signature()).isEqualTo("Win.Test.EICAR_HDB-1");
        }
    }

    @Test
    void failsWhenClamdAnswersAnErrorOrIsNotThere() throws Exception {
        try (FakeClamd clamd = new FakeClamd("INSTREAM size limit exceeded. ERROR")) {
            assertThatThrownBy(() -> scanner(clamd).scan(new ByteArrayInputStream(new byte[10]), "a.pdf"))
                    .isInstanceOf(IOException.class).hasMessageContaining("size limit");
        }
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> new ClamdScanner("127.0.0.1", closedPort, Duration.ofSeconds(2))
                .scan(new ByteArrayInputStream(new byte[10]), "a.pdf")).isInstanceOf(IOException.class);
    }

    private static ClamdScanner scanner(FakeClamd clamd) {
        return new ClamdScanner("127.0.0.1", clamd.port(), Duration.ofSeconds(5));
    }

    record Received(String command, byte[] content, int chunks) {
    }

    /** Accepts one connection, reads one INSTREAM request and answers {@code reply}. */
    static final class FakeClamd implements AutoCloseable {

        private final ServerSocket server;
        private final CompletableFuture<Received> received;

        FakeClamd(String reply) throws IOException {
            server = new ServerSocket(0);
            received = CompletableFuture.supplyAsync(() -> serve(reply));
        }

        int port() {
            return server.getLocalPort();
        }

        Received received() throws Exception {
            return received.get(5, TimeUnit.SECONDS);
        }

        private Received serve(String reply) {
            try (Socket client = server.accept()) {
                DataInputStream in = new DataInputStream(client.getInputStream());
                ByteArrayOutputStream command = new ByteArrayOutputStream();
                for (int b = in.read(); b != 0; b = in.read()) {
                    command.write(b);
                }
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int chunks = 0;
                for (int length = in.readInt(); length > 0; length = in.readInt()) {
                    content.write(in.readNBytes(length));
                    chunks++;
                }
                OutputStream out = client.getOutputStream();
                out.write((reply + "\0").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return new Received(command.toString(StandardCharsets.US_ASCII), content.toByteArray(), chunks);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
