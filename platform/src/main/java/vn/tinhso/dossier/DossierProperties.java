package vn.tinhso.dossier;

import java.math.BigDecimal;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the dossier engine.
 *
 * @param atRiskShare a running dossier is "at risk" (sắp đến hạn) when the working time left until its appointment
 *                    is less than this share of its whole time budget — the cue to finish it or to write the
 *                    apology letter before the date passes
 */
@ConfigurationProperties("tinhso.dossier")
public record DossierProperties(@DefaultValue("0.2") BigDecimal atRiskShare) {
}
