package vn.tinhso.organization.web;

import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the organisation catalogue's API.
 *
 * @param zone            the province's time zone: "today", the default of every {@code ?at=}, is a date there
 * @param defaultPageSize items per page when the caller does not say
 * @param maxPageSize     the most items one page may hold
 */
@ConfigurationProperties("tinhso.organization")
public record OrganizationProperties(
        @DefaultValue("Asia/Ho_Chi_Minh") ZoneId zone,
        @DefaultValue("20") int defaultPageSize,
        @DefaultValue("200") int maxPageSize) {

    LocalDate today() {
        return LocalDate.now(zone);
    }

    /** The day asked about, or today. */
    LocalDate dayOr(LocalDate at) {
        return at != null ? at : today();
    }

    int pageSize(Integer size) {
        return size == null ? defaultPageSize : Math.clamp(size, 1, maxPageSize);
    }

    static int page(Integer page) {
        return page == null ? 0 : Math.max(page, 0);
    }
}
