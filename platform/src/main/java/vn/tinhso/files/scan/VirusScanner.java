package vn.tinhso.files.scan;

import java.io.IOException;
import java.io.InputStream;

/**
 * The virus-scanning hook (quét mã độc): every file is shown to it after its type was checked and before it is kept.
 * Without a configured scanner the platform accepts files unscanned and says so once in the log.
 */
public interface VirusScanner {

    /**
     * Scans the whole of {@code content}.
     *
     * @throws IOException when the scanner cannot be asked; the file is then refused, not stored unscanned
     */
    ScanResult scan(InputStream content, String name) throws IOException;

    /** What the scanner found: nothing, or the name of the signature that matched. */
    record ScanResult(boolean clean, String signature) {

        public static ScanResult cleanResult() {
            return new ScanResult(true, null);
        }

        public static ScanResult infected(String signature) {
            return new ScanResult(false, signature);
        }
    }
}
