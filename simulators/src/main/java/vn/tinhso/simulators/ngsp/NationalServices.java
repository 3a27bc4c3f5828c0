package vn.tinhso.simulators.ngsp;

import java.util.Set;

/** The service codes the simulated national platform publishes; other paths are not guarded by its tokens. */
public final class NationalServices {

    public static final Set<String> CODES = Set.of("population", "enterprise", "civil-status", "personal-id",
            "health-insurance", "judicial-records", "tax", "document-axis");

    private NationalServices() {
    }
}
