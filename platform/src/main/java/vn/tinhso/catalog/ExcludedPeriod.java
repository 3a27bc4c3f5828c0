package vn.tinhso.catalog;

import java.math.BigDecimal;

/**
 * Time that does not count toward the time limit (thời gian không tính vào thời hạn giải quyết), e.g. the tax
 * agency's determination of financial obligations or the applicant's time to pay.
 *
 * @param maxWorkingDays the longest it may take, if the law says so; {@code null} when open-ended
 */
public record ExcludedPeriod(String id, String name, BigDecimal maxWorkingDays, String description) {
}
