package vn.tinhso.files.scan;

import java.io.InputStream;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scanner when none is configured: accepts everything, and warns once that files go unscanned. */
class UnscannedAcceptance implements VirusScanner {

    private static final Logger log = LoggerFactory.getLogger(UnscannedAcceptance.class);

    private final AtomicBoolean warned = new AtomicBoolean();

    @Override
    public ScanResult scan(InputStream content, String name) {
        if (warned.compareAndSet(false, true)) {
            log.warn("No virus scanner is configured: attachments are stored unscanned. "
                    + "Set tinhso.files.clamav.host (and .port) to scan them with ClamAV.");
        }
        return ScanResult.cleanResult();
    }
}
