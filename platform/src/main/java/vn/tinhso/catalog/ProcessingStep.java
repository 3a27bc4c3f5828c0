package vn.tinhso.catalog;

import java.math.BigDecimal;

/**
 * One step of the internal process (quy trình nội bộ): who does what within which time budget. The workflow module
 * turns the steps into a BPMN process.
 *
 * @param order         position; steps with the same {@code parallelGroup} run side by side
 * @param unitType      the kind of unit responsible (one-stop counter, land registration office, tax...)
 * @param workingDays   the time budget of the step
 * @param interAgency   whether the step is a request to another agency that answers within its own deadline
 * @param parallelGroup steps sharing a non-null group run in parallel
 */
public record ProcessingStep(int order, String name, String unitType, BigDecimal workingDays, boolean interAgency,
        String parallelGroup, String description) {
}
