package vn.tinhso.files.scan;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.tinhso.files.storage.FilesProperties;

/** ClamAV when {@code tinhso.files.clamav.host} is set, otherwise no scanning (with a warning). */
@Configuration(proxyBeanMethods = false)
class ScannerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ScannerConfiguration.class);

    @Bean
    VirusScanner virusScanner(FilesProperties properties) {
        FilesProperties.Clamav clamav = properties.clamav();
        if (clamav.enabled()) {
            log.info("Attachments are scanned by clamd at {}:{}", clamav.host(), clamav.port());
            return new ClamdScanner(clamav.host(), clamav.port(), clamav.timeout());
        }
        return new UnscannedAcceptance();
    }
}
