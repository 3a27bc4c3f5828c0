package vn.tinhso.printout.pdf;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The QR code (TCVN 7322:2009 = ISO/IEC 18004) that TT 01/2023/TT-VPCP requires at the top left of every paper the
 * system issues. Drawn as vector squares rather than an image, so it stays sharp at any print resolution; it sits in
 * the page's top-left margin corner, clear of the header text, with the blank margin as its quiet zone.
 */
final class QrStamp {

    static final float SIZE = 20 * Sheet.MM;
    static final float LEFT = 7 * Sheet.MM;
    static final float TOP = Sheet.A4.getHeight() - 7 * Sheet.MM;

    private final BitMatrix matrix;

    QrStamp(String content) {
        try {
            // Level M survives a smudge or a staple hole; margin 0 because the blank page margin is the quiet zone.
            this.matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name(),
                    EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode the lookup address as a QR code", e);
        }
    }

    void print(Sheet sheet) {
        float module = SIZE / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            int column = 0;
            while (column < matrix.getWidth()) {
                int start = column;
                while (column < matrix.getWidth() && matrix.get(column, row)) {
                    column++;
                }
                // One rectangle per run of dark modules: no hairline gaps between neighbours when rasterised.
                if (column > start) {
                    sheet.square(LEFT + start * module, TOP - (row + 1) * module, (column - start) * module, module);
                }
                column++;
            }
        }
        sheet.fill();
    }
}
