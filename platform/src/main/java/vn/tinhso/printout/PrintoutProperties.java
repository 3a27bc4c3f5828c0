package vn.tinhso.printout;

import java.net.URI;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the printed notices.
 *
 * @param lookupUrl the public page where a citizen looks a dossier up; the QR code on every notice points there with
 *                  the dossier code, procedure code and applicant identifier as query parameters
 */
@ConfigurationProperties("tinhso.printout")
public record PrintoutProperties(@DefaultValue("http://localhost:8080/tra-cuu") URI lookupUrl) {
}
