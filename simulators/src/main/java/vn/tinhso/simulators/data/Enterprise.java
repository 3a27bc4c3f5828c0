package vn.tinhso.simulators.data;

import java.time.LocalDate;

/**
 * An enterprise in the national business registration database (CSDLQG về đăng ký doanh nghiệp): its 10-digit
 * enterprise code (also its tax code), names, type, registration date, legal representative, head office and
 * status.
 */
public record Enterprise(String enterpriseCode, String name, String englishName, String type,
                         LocalDate firstRegistered, String legalRepresentative, String legalRepresentativeId,
                         Address headOffice, long charterCapital, String mainBusinessLine, String status) {
}
