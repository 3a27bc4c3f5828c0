package vn.tinhso.integration.registry;

import java.util.Set;

/** Lifecycle of a service (vòng đời dịch vụ); every step needs a second person's approval. */
public enum ServiceStatus {
    /** Nháp. */
    DRAFT,
    /** Thử nghiệm. */
    TESTING,
    /** Công bố: callable through the gateway. */
    PUBLISHED,
    /** Ngừng khuyến nghị: still callable, consumers should move to a newer version. */
    DEPRECATED,
    /** Ngừng cung cấp. */
    RETIRED;

    public Set<ServiceStatus> next() {
        return switch (this) {
            case DRAFT -> Set.of(TESTING, RETIRED);
            case TESTING -> Set.of(PUBLISHED, DRAFT, RETIRED);
            case PUBLISHED -> Set.of(DEPRECATED);
            case DEPRECATED -> Set.of(RETIRED, PUBLISHED);
            case RETIRED -> Set.of();
        };
    }

    /** Whether consumers can call the service through the gateway. */
    public boolean callable() {
        return this == PUBLISHED || this == DEPRECATED;
    }
}
