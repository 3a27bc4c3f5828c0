package vn.tinhso.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;

/** Small real files of each kind, made in the test: a one-page PDF, a PNG, an ELF header, a ZIP, an HTML page. */
public final class TestFiles {

    private TestFiles() {
    }

    /** A one-page PDF whose page shows {@code text}; different text, different bytes. */
    public static byte[] pdf(String text) {
        String stream = "BT /F1 12 Tf 20 100 Td (" + text + ") Tj ET";
        String[] objects = {
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
        long[] offsets = new long[objects.length];
        for (int i = 0; i < objects.length; i++) {
            offsets[i] = pdf.length();
            pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
        }
        int xref = pdf.length();
        pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
        for (long offset : offsets) {
            pdf.append(String.format("%010d 00000 n \n", offset));
        }
        pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        return pdf.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A PDF of about {@code bytes} bytes: the page's text padded with a comment. */
    public static byte[] pdfOfSize(String text, int bytes) {
        byte[] small = pdf(text);
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes);
        out.writeBytes(small);
        byte[] padding = "% padding to make the file large enough for the test\n".getBytes(StandardCharsets.US_ASCII);
        while (out.size() + padding.length <= bytes) {
            out.writeBytes(padding);
        }
        return out.toByteArray();
    }

    public static byte[] png(int rgb) {
        BufferedImage image = new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, rgb);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a 64-bit Linux executable. */
    public static byte[] elf() {
        byte[] elf = new byte[128];
        byte[] header = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        elf[16] = 2; // ET_EXEC
        elf[18] = 0x3e; // x86-64
        return elf;
    }

    public static byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(elf());
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static byte[] html() {
        return ("<!DOCTYPE html>\n<html><head><title>Hồ sơ</title></head>"
                + "<body><script>alert(document.cookie)</script></body></html>\n").getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
