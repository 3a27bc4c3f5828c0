package vn.tinhso.files.scan;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Asks a ClamAV daemon ({@code clamd}) over TCP with its {@code INSTREAM} command: {@code zINSTREAM\0}, then the
 * content in chunks each preceded by its length as a 4-byte big-endian number, then a zero length. clamd answers
 * one NUL-terminated line: {@code stream: OK}, {@code stream: <signature> FOUND}, or an error such as
 * {@code INSTREAM size limit exceeded. ERROR} (its {@code StreamMaxLength} must be at least the largest file).
 */
class ClamdScanner implements VirusScanner {

    private static final byte[] COMMAND = "zINSTREAM\0".getBytes(StandardCharsets.US_ASCII);
    private static final int CHUNK = 64 * 1024;
    private static final int MAX_REPLY = 4096;

    private final String host;
    private final int port;
    private final int timeoutMillis;

    ClamdScanner(String host, int port, Duration timeout) {
        this.host = host;
        this.port = port;
        this.timeoutMillis = Math.toIntExact(timeout.toMillis());
    }

    @Override
    public ScanResult scan(InputStream content, String name) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            socket.setSoTimeout(timeoutMillis);
            DataOutputStream out = new DataOutputStream(socket.getOutputStream());
            out.write(COMMAND);
            byte[] buffer = new byte[CHUNK];
            for (int read = content.readNBytes(buffer, 0, CHUNK); read > 0;
                    read = content.readNBytes(buffer, 0, CHUNK)) {
                out.writeInt(read);
                out.write(buffer, 0, read);
            }
            out.writeInt(0);
            out.flush();
            return interpret(readReply(socket.getInputStream()));
        }
    }

    static ScanResult interpret(String reply) throws IOException {
        if (reply.endsWith(" OK")) {
            return ScanResult.cleanResult();
        }
        if (reply.endsWith(" FOUND")) {
            String found = reply.substring(0, reply.length() - " FOUND".length());
            int colon = found.indexOf(": ");
            return ScanResult.infected(colon >= 0 ? found.substring(colon + 2) : found);
        }
        throw new IOException("clamd answered: " + reply);
    }

    private static String readReply(InputStream in) throws IOException {
        ByteArrayOutputStream reply = new ByteArrayOutputStream();
        for (int b = in.read(); b > 0; b = in.read()) {
            if (reply.size() >= MAX_REPLY) {
                throw new IOException("clamd's answer is too long");
            }
            reply.write(b);
        }
        return reply.toString(StandardCharsets.US_ASCII).strip();
    }
}
