package vn.tinhso.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * Dossier code (mã số hồ sơ, Art. 19 TT 01/2018/TT-VPCP): the receiving agency's QCVN 102 code, the reception date
 * {@code yymmdd} and a four-digit sequence of that agency's dossiers of the day — {@code 000.00.15.H55-261123-0001}.
 */
public record DossierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z.]{1,35}-[0-9]{6}-[0-9]{4}");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    public DossierCode {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new DossierCodeMalformed(value);
        }
    }

    static DossierCode of(String agencyCode, LocalDate day, int sequence) {
        return new DossierCode("%s-%s-%04d".formatted(agencyCode, DAY.format(day), sequence));
    }

    @Override
    public String toString() {
        return value;
    }
}
